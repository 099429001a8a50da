package de.kim.localinfra.kafka;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.kim.platform.events.access.Principal;
import de.kim.platform.events.access.TopicAccess;

/**
 * The local broker's users and their passwords, one Kafka client properties file per principal
 * ({@code <dir>/case-service.properties}): made with a random password on the first start, kept across restarts, given
 * to the services as {@code KIM_EVENTS_CLIENT_PROPERTIES_FILE}. No password is written anywhere else, none in the
 * repository.
 */
final class ClientCredentials {

    /** The operators' super user (and the broker's own identity). */
    static final String ADMIN = "admin";

    private static final Pattern PASSWORD = Pattern.compile("password=\"([^\"]+)\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;

    ClientCredentials(Path dir) {
        this.dir = dir;
    }

    /** Every principal of the access table, then the super user. */
    static List<String> users() {
        List<String> users = new ArrayList<>(TopicAccess.principals().stream().map(Principal::name).toList());
        users.add(ADMIN);
        return users;
    }

    /** Writes a file for each user that has none yet. */
    void ensure() throws IOException {
        Files.createDirectories(dir);
        for (String user : users()) {
            Path file = dir.resolve(user + ".properties");
            if (!Files.exists(file)) {
                String password = randomPassword();
                Files.writeString(file,
                        """
                                # DEMO, local run and tests only: the Kafka user %s of the local broker (made by KafkaBroker with
                                # a random password on its first start). Never for a shared or production broker.
                                security.protocol=SASL_PLAINTEXT
                                sasl.mechanism=SCRAM-SHA-512
                                sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="%s" password="%s";
                                """
                                .formatted(user, user, password));
            }
        }
    }

    static String randomPassword() {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    Path file(String user) {
        if (!users().contains(user)) {
            throw new IllegalArgumentException(user + " is no principal of the access table");
        }
        return dir.resolve(user + ".properties");
    }

    Map<String, Object> settings(String user) {
        return load(file(user));
    }

    /** A client properties file as settings for a Kafka client (a modifiable map). */
    static Map<String, Object> load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> settings = new HashMap<>();
        properties.forEach((key, value) -> settings.put((String) key, value));
        return settings;
    }

    String password(String user) {
        Matcher password = PASSWORD.matcher((String) settings(user).get("sasl.jaas.config"));
        if (!password.find()) {
            throw new IllegalStateException(file(user) + " has no password");
        }
        return password.group(1);
    }
}
