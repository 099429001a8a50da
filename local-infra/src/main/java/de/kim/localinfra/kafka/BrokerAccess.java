package de.kim.localinfra.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.errors.SaslAuthenticationException;

import de.kim.platform.events.access.KafkaAcl;
import de.kim.platform.events.access.Principal;
import de.kim.platform.events.access.TopicAccess;

/**
 * Makes the running local broker grant what the access table says and nothing else: a SCRAM user per principal with
 * the password of its client file, exactly the principal's ACLs (rules no longer in the table are removed, so a
 * broker kept between runs follows the table).
 */
final class BrokerAccess {

    private final ClientCredentials credentials;
    private final String internal;
    private final String internalPassword;
    private final String clients;

    BrokerAccess(ClientCredentials credentials, String internalListener, String internalPassword,
            String clientsListener) {
        this.credentials = credentials;
        this.internal = internalListener;
        this.internalPassword = internalPassword;
        this.clients = clientsListener;
    }

    void grant() throws Exception {
        Map<String, Object> superUser = new HashMap<>();
        superUser.put("bootstrap.servers", internal);
        superUser.put("security.protocol", "SASL_PLAINTEXT");
        superUser.put("sasl.mechanism", "PLAIN");
        superUser.put("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required "
                + "username=\"admin\" password=\"" + internalPassword + "\";");
        try (Admin admin = Admin.create(superUser)) {
            List<UserScramCredentialAlteration> users = new ArrayList<>();
            for (String user : ClientCredentials.users()) {
                users.add(new UserScramCredentialUpsertion(user,
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), credentials.password(user)));
            }
            admin.alterUserScramCredentials(users).all().get(30, TimeUnit.SECONDS);

            Set<AclBinding> wanted = new HashSet<>();
            for (Principal principal : TopicAccess.principals()) {
                KafkaAcl.of(principal).forEach(acl -> wanted.addAll(acl.bindings(principal)));
            }
            Set<AclBinding> existing = new HashSet<>(admin.describeAcls(AclBindingFilter.ANY).values()
                    .get(30, TimeUnit.SECONDS));
            List<AclBindingFilter> stale = existing.stream().filter(binding -> !wanted.contains(binding))
                    .map(AclBinding::toFilter).toList();
            if (!stale.isEmpty()) {
                admin.deleteAcls(stale).all().get(30, TimeUnit.SECONDS);
            }
            wanted.removeAll(existing);
            if (!wanted.isEmpty()) {
                admin.createAcls(wanted).all().get(30, TimeUnit.SECONDS);
            }
        }
        awaitUsable();
    }

    /**
     * A client refused at login does not retry (Kafka treats it as fatal), so the broker is ready only once the users
     * it just made can log in on the clients' listener. They came in one request, so they arrive together: one login
     * tells.
     */
    private void awaitUsable() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String user = ClientCredentials.users().get(0);
        Map<String, Object> settings = credentials.settings(user);
        settings.put("bootstrap.servers", clients);
        while (true) {
            try (Admin client = Admin.create(settings)) {
                client.describeCluster().clusterId().get(10, TimeUnit.SECONDS);
                return;
            } catch (Exception e) {
                boolean refused = e.getCause() instanceof SaslAuthenticationException;
                if (!refused || System.nanoTime() > deadline) {
                    throw new IllegalStateException(user + " cannot log in to the local broker", e);
                }
                Thread.sleep(100);
            }
        }
    }
}
