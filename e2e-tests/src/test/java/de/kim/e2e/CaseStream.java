package de.kim.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A stream of changes to cases shared with authorities, sent by several writers at once (one per group of cases, so no
 * two writers race for a version) straight to the case-service, or through several gateways in turn. Every change adds
 * a note with a marker of its own. A change is sent until its fate is known: answered 200, or found in the case after
 * a lost connection or a 502 (broken off); a 503 or a refused connection means not done, so it is sent again. So
 * afterwards each marker must be in its case exactly once, whatever broke on the way.
 */
final class CaseStream {

    static final List<String> AUTHORITIES = List.of("JOBCENTER", "SOZIALAMT");

    private final List<String> entrances;
    private final AtomicInteger turn = new AtomicInteger();
    private final Http http;
    private final List<Case> all;
    private final String run;

    /** Counts of how the changes went. */
    final AtomicInteger acknowledged = new AtomicInteger();
    final AtomicInteger committedWithoutAnswer = new AtomicInteger();
    final AtomicInteger unavailable = new AtomicInteger();
    final AtomicInteger connectionsLost = new AtomicInteger();
    final AtomicInteger connectionsRefused = new AtomicInteger();
    final AtomicInteger brokenOff = new AtomicInteger();
    private final AtomicInteger sent = new AtomicInteger();

    private static final class Case {
        final String id;
        long version;
        final List<String> markers = new ArrayList<>();

        Case(String id, long version) {
            this.id = id;
            this.version = version;
        }
    }

    private CaseStream(List<String> entrances, Http http, List<Case> all, String run) {
        this.entrances = entrances;
        this.http = http;
        this.all = all;
        this.run = run;
    }

    /**
     * Opens {@code count} cases in the municipality, each shared with the Jobcenter and the Sozialamt; the stream then
     * sends to the entrances (the case-service, or gateways) in turn.
     */
    static CaseStream open(List<String> entrances, Http caseManager, String municipality, int count, String run)
            throws IOException {
        String caseService = entrances.get(0);
        List<Case> opened = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Http.Answer created = caseManager.post(caseService + "/api/cases", Map.of("municipalityId", municipality,
                    "members", List.of(Map.of("firstName", "Probe", "lastName", "Stream-" + run + "-" + i,
                            "birthDate", "1980-01-01", "gender", "FEMALE", "languages", List.of()))),
                    null);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String id = created.json().path("id").asText();
            long version = 0;
            for (String authority : AUTHORITIES) {
                version = expect200(caseManager.post(caseService + "/api/cases/" + id + "/participations",
                        Map.of("authority", authority, "since", "2026-01-01"), version)).version();
                version = expect200(caseManager.post(caseService + "/api/cases/" + id + "/consents",
                        Map.of("recipientKind", "AUTHORITY", "recipient", authority, "categories",
                                List.of("MASTER_DATA", "EDUCATION_WORK"), "purpose", "Hilfeplanung", "legalBasis",
                                "CONSENT", "documentReference", "Einwilligung " + i, "grantedOn", "2026-01-01"),
                        version)).version();
            }
            opened.add(new Case(id, version));
        }
        return new CaseStream(entrances, caseManager, opened, run);
    }

    /** The cases' resource, at the next entrance in turn. */
    private String cases() {
        return entrances.get(Math.floorMod(turn.getAndIncrement(), entrances.size())) + "/api/cases/";
    }

    List<String> caseIds() {
        return all.stream().map(c -> c.id).toList();
    }

    int sent() {
        return sent.get();
    }

    /**
     * Sends {@code changes} changes with {@code writers} writers, and runs {@code fault} (in this thread, while the
     * writers go on) once {@code faultAfter} of them are settled.
     */
    void run(int changes, int writers, int faultAfter, Fault fault) throws Exception {
        assertThat(all).as("a case for each writer at least").hasSizeGreaterThanOrEqualTo(writers);
        AtomicInteger settled = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            running.add(pool.submit(() -> {
                for (int n = writer; n < changes; n += writers) {
                    change(all.get(ownedIndex(n, writer, writers)), "Änderung " + run + "/" + n);
                    settled.incrementAndGet();
                }
                return null;
            }));
        }
        if (fault != null) {
            while (settled.get() < faultAfter && running.stream().anyMatch(f -> !f.isDone())) {
                Thread.sleep(5);
            }
            fault.inject();
        }
        for (Future<?> writer : running) {
            writer.get();
        }
        pool.shutdown();
    }

    /** Writer {@code writer} owns the cases at indexes writer, writer + writers, …; its n-th change goes to them in turn. */
    private int ownedIndex(int n, int writer, int writers) {
        int owned = (all.size() - writer + writers - 1) / writers;
        return writer + ((n / writers) % owned) * writers;
    }

    /** One change, sent until it is known to be in the case exactly once. */
    private void change(Case kase, String marker) {
        synchronized (kase) {
            kase.markers.add(marker);
            sent.incrementAndGet();
            Map<String, Object> note = Map.of("category", "EDUCATION_WORK", "text", marker, "visibility",
                    "ALL_PARTICIPANTS", "confided", false);
            while (true) {
                try {
                    // Like an agency system: the new version is all it keeps, so no note is read back.
                    Http.Answer answer = http.postMinimal(cases() + kase.id + "/notes", note, kase.version);
                    switch (answer.status()) {
                        case 204 -> {
                            kase.version = answer.version();
                            acknowledged.incrementAndGet();
                            return;
                        }
                        case 503 -> {
                            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
                            unavailable.incrementAndGet();
                            pause();
                        }
                        case 412 -> {
                            if (reread(kase, marker)) {
                                return;
                            }
                        }
                        case 502 -> {
                            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
                            brokenOff.incrementAndGet();
                            if (rereadWhenBack(kase, marker)) {
                                return;
                            }
                        }
                        default -> throw new AssertionError("a change answered " + answer.status() + ": "
                                + answer.body());
                    }
                } catch (ConnectException refused) {
                    // Nothing was sent: the next entrance in turn.
                    connectionsRefused.incrementAndGet();
                } catch (IOException lost) {
                    connectionsLost.incrementAndGet();
                    pause();
                    if (rereadWhenBack(kase, marker)) {
                        return;
                    }
                }
            }
        }
    }

    /** After a lost connection: waits for the service, then learns whether the change made it. */
    private boolean rereadWhenBack(Case kase, String marker) {
        while (true) {
            try {
                return reread(kase, marker);
            } catch (IOException stillDown) {
                pause();
            }
        }
    }

    private boolean reread(Case kase, String marker) throws IOException {
        Http.Answer answer = read(kase);
        while (answer.status() == 503) {
            pause();
            answer = read(kase);
        }
        kase.version = expect200(answer).version();
        for (JsonNode note : answer.json().path("notes")) {
            if (marker.equals(note.path("text").asText())) {
                committedWithoutAnswer.incrementAndGet();
                return true;
            }
        }
        return false;
    }

    /**
     * Every change sent is in its case exactly once, and the case's version counts exactly those changes; returns the
     * final version of each case.
     */
    Map<String, Long> assertEveryChangeOnceInTheDatabase(Map<String, Long> versionsBefore) {
        Map<String, Long> versions = new HashMap<>();
        for (Case kase : all) {
            Http.Answer answer;
            try {
                answer = expect200(read(kase));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<String> notes = new ArrayList<>();
            answer.json().path("notes").forEach(note -> notes.add(note.path("text").asText()));
            List<String> ours = notes.stream().filter(text -> text.startsWith("Änderung " + run + "/")).toList();
            Set<String> distinct = new HashSet<>(ours);
            assertThat(ours).as("notes of case %s: none twice", kase.id).hasSize(distinct.size());
            assertThat(distinct).as("notes of case %s: every change sent, nothing else", kase.id)
                    .isEqualTo(new HashSet<>(kase.markers));
            long before = versionsBefore.getOrDefault(kase.id, 0L);
            assertThat(answer.version()).as("version of case %s", kase.id).isEqualTo(before + kase.markers.size());
            versions.put(kase.id, answer.version());
        }
        return versions;
    }

    /** The current version of each case. */
    Map<String, Long> versions() {
        Map<String, Long> versions = new HashMap<>();
        for (Case kase : all) {
            try {
                versions.put(kase.id, expect200(read(kase)).version());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return versions;
    }

    /** A case as it is now, from the first entrance in turn that takes the connection. */
    private Http.Answer read(Case kase) throws IOException {
        for (int tried = 1;; tried++) {
            try {
                return http.get(cases() + kase.id);
            } catch (ConnectException refused) {
                if (tried == entrances.size()) {
                    throw refused;
                }
            }
        }
    }

    private static Http.Answer expect200(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer;
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What breaks during the stream. */
    @FunctionalInterface
    interface Fault {
        void inject() throws Exception;
    }
}
