package de.kim.localinfra.openapi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The OpenAPI document of each service is committed under {@code docs/api/<service>.yaml}, so API changes show in
 * review. A test compares it with what the code generates; run the build with {@code -Dkim.openapi.update=true} to
 * write the new document after an intended change.
 */
public final class CommittedOpenApi {

    private CommittedOpenApi() {
    }

    /**
     * @return null when they match (or the file was updated), else a message for the failure
     */
    public static String compare(String service, String generated) throws IOException {
        Path file = repositoryRoot().resolve("docs/api/" + service + ".yaml");
        String normalised = generated.strip() + "\n";
        if (Boolean.getBoolean("kim.openapi.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, normalised);
            return null;
        }
        if (!Files.exists(file)) {
            return file + " is missing: run ./mvnw verify -Dkim.openapi.update=true and commit it";
        }
        if (!Files.readString(file).equals(normalised)) {
            return "The API of " + service + " changed but " + file
                    + " was not updated: run ./mvnw verify -Dkim.openapi.update=true, review the diff and commit it";
        }
        return null;
    }

    /** The checkout this test runs in (where {@code mvnw} is). */
    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("tests must run inside the repository");
        }
        return dir;
    }
}
