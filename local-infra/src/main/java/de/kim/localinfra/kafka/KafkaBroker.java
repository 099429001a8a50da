package de.kim.localinfra.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Provider;
import java.security.Security;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.security.plain.internals.PlainSaslServerProvider;
import org.apache.kafka.common.security.scram.internals.ScramSaslClientProvider;
import org.apache.kafka.common.security.scram.internals.ScramSaslServerProvider;
import org.apache.kafka.common.utils.Time;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one), from the Maven artifacts, in this JVM.
 * It can be stopped and started again on the same ports and log directory, which is how tests take the broker away and
 * bring it back.
 *
 * <p>
 * Like the district's cluster it authenticates and authorises every client: SASL/SCRAM-SHA-512 on the clients'
 * listener, one user per principal of the access table with exactly its ACLs ({@link BrokerAccess}), the KRaft
 * StandardAuthorizer refusing everything else. The broker's own connections (to its controller, to itself) and its
 * super user {@code admin} use SASL/PLAIN on loopback listeners of their own.
 */
public final class KafkaBroker implements AutoCloseable {

    private final Path logDir;
    private final int port;
    private final int controllerPort;
    private final ClientCredentials credentials;
    /** The broker's own identity on its loopback listeners: in its server.properties, in no client file. */
    private final String internalPassword = ClientCredentials.randomPassword();
    private KafkaRaftServer server;

    private KafkaBroker(Path logDir, int port, int controllerPort, ClientCredentials credentials) {
        this.logDir = logDir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.credentials = credentials;
    }

    /** A broker on free ports with a fresh log directory and fresh credentials. */
    public static KafkaBroker onFreePorts() {
        try {
            return new KafkaBroker(Files.createTempDirectory("kim-kafka"), freePort(), freePort(),
                    new ClientCredentials(Files.createTempDirectory("kim-kafka-clients")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A broker on the given port, keeping its data in {@code logDir} and its clients' credentials in
     * {@code <logDir>-clients} across restarts (local run).
     */
    public static KafkaBroker at(Path logDir, int port, int controllerPort) {
        return new KafkaBroker(logDir, port, controllerPort,
                new ClientCredentials(logDir.resolveSibling(logDir.getFileName() + "-clients")));
    }

    /** Starts the broker and returns once every principal of the access table can connect with its rights. */
    public synchronized KafkaBroker start() {
        if (server != null) {
            return this;
        }
        try {
            useThisClassLoadersSaslMechanisms();
            Files.createDirectories(logDir);
            credentials.ensure();
            int internalPort = freePort();
            Path config = logDir.resolve("server.properties");
            Properties props = properties(internalPort);
            try (OutputStream out = Files.newOutputStream(config)) {
                props.store(out, "KIM local Kafka broker (local run and tests only)");
            }
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                StorageTool.execute(new String[]{"format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()},
                        new PrintStream(OutputStream.nullOutputStream()));
            }
            KafkaRaftServer raftServer = new KafkaRaftServer(KafkaConfig.fromProps(props), Time.SYSTEM);
            raftServer.startup();
            server = raftServer;
            new BrokerAccess(credentials, "127.0.0.1:" + internalPort, internalPassword, bootstrapServers()).grant();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka broker did not start", e);
        }
    }

    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /**
     * The client properties file of a principal of the access table (e.g. {@code case-service}), or of {@code admin},
     * the operators' super user: what a client gives as {@code KIM_EVENTS_CLIENT_PROPERTIES_FILE} or
     * {@code --command-config}.
     */
    public Path clientProperties(String principal) {
        return credentials.file(principal);
    }

    /** A client of the operators' super user: tests read and write any topic with it. */
    public TopicProbe probe() {
        return new TopicProbe(bootstrapServers(), clientProperties(ClientCredentials.ADMIN));
    }

    private Properties properties(int internalPort) {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.put("listeners", "CLIENTS://127.0.0.1:" + port + ",INTERNAL://127.0.0.1:" + internalPort
                + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "CLIENTS://127.0.0.1:" + port + ",INTERNAL://127.0.0.1:" + internalPort);
        props.put("listener.security.protocol.map",
                "CLIENTS:SASL_PLAINTEXT,INTERNAL:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT");
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "INTERNAL");
        // Clients prove their password without sending it (SCRAM); the broker's own connections use PLAIN, since SCRAM
        // users live in the metadata the controller serves and cannot authenticate the controller itself.
        props.put("listener.name.clients.sasl.enabled.mechanisms", "SCRAM-SHA-512");
        props.put("listener.name.clients.scram-sha-512.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        String admin = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"admin\" password=\""
                + internalPassword + "\" user_admin=\"" + internalPassword + "\";";
        for (String listener : new String[]{"internal", "controller"}) {
            props.put("listener.name." + listener + ".sasl.enabled.mechanisms", "PLAIN");
            props.put("listener.name." + listener + ".plain.sasl.jaas.config", admin);
        }
        props.put("sasl.mechanism.inter.broker.protocol", "PLAIN");
        props.put("sasl.mechanism.controller.protocol", "PLAIN");
        props.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        props.put("super.users", "User:" + ClientCredentials.ADMIN);
        props.put("allow.everyone.if.no.acl.found", "false");
        props.put("log.dirs", logDir.toString());
        // One node: every internal topic must accept a single replica, or consumers
        // find no coordinator.
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("default.replication.factor", "1");
        props.put("min.insync.replicas", "1");
        props.put("num.partitions", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        // Like a managed cluster: topics exist because someone provisioned them with their settings.
        props.put("auto.create.topics.enable", "false");
        return props;
    }

    /** Settings a test's own Kafka client needs to reach this broker as {@code principal}. */
    public Map<String, Object> clientSettings(String principal) {
        Map<String, Object> settings = credentials.settings(principal);
        settings.put("bootstrap.servers", bootstrapServers());
        return settings;
    }

    /**
     * Kafka's SASL mechanisms are security providers, registered JVM-wide by the first class loader that loads Kafka.
     * A test run starts a Quarkus app per test profile, each loading Kafka anew; a mechanism of an earlier app's loader
     * does not understand this loader's callbacks, and the broker would refuse every login. So each start registers
     * this loader's own.
     */
    private static void useThisClassLoadersSaslMechanisms() {
        ClassLoader kafka = PlainSaslServerProvider.class.getClassLoader();
        for (Provider provider : Security.getProviders()) {
            if (provider.getClass().getName().startsWith("org.apache.kafka.")
                    && provider.getClass().getClassLoader() != kafka) {
                Security.removeProvider(provider.getName());
            }
        }
        PlainSaslServerProvider.initialize();
        ScramSaslServerProvider.initialize();
        ScramSaslClientProvider.initialize();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
