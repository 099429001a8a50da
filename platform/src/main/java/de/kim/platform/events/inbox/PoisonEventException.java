package de.kim.platform.events.inbox;

/**
 * An event that can never be processed as it is (malformed, unknown type, violates the contract). It goes to the
 * dead-letter topic with this message as the reason instead of blocking its partition.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String reason) {
        super(reason);
    }

    public PoisonEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
