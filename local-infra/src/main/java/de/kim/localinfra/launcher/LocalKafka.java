package de.kim.localinfra.launcher;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import de.kim.localinfra.kafka.KafkaBroker;

/**
 * {@code ./kim up} runs this as its own process: a Kafka broker that keeps its data between runs. Usage:
 * {@code LocalKafka <data-dir> <port> <controller-port>}.
 */
public final class LocalKafka {

    private LocalKafka() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 3) {
            System.err.println("usage: LocalKafka <data-dir> <port> <controller-port>");
            System.exit(2);
        }
        KafkaBroker broker = KafkaBroker.at(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]))
                .start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.stop();
            stopped.countDown();
        }));
        System.out.println("Kafka broker ready on " + broker.bootstrapServers() + ", clients' credentials in "
                + broker.clientProperties("admin").getParent());
        stopped.await();
    }
}
