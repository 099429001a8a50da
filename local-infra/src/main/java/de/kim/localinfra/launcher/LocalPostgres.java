package de.kim.localinfra.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * {@code ./kim up} runs this when no PostgreSQL answers on the configured port: the embedded PostgreSQL 15 binaries
 * from Maven Central, keeping data between runs, trust auth for local connections (user {@code postgres}). Usage:
 * {@code LocalPostgres <data-dir> <port>}.
 */
public final class LocalPostgres {

    private LocalPostgres() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: LocalPostgres <data-dir> <port>");
            System.exit(2);
        }
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(Path.of(args[0]))
                .setCleanDataDirectory(false).setPort(Integer.parseInt(args[1])).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            stopped.countDown();
        }));
        System.out.println("PostgreSQL ready on port " + postgres.getPort());
        stopped.await();
    }
}
