package de.kim.regions.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.platform.events.cloudevents.CloudEvent;
import de.kim.platform.events.contract.Topic;
import de.kim.platform.events.contract.cases.CaseState;
import de.kim.platform.events.contract.facts.CaseFacts;
import de.kim.platform.events.contract.facts.CaseFactsEvents;
import de.kim.platform.vocabulary.DataCategory;
import de.kim.platform.vocabulary.Gender;
import de.kim.regions.RegionApi;
import de.kim.regions.monitoring.service.FactLedger;
import de.kim.regions.monitoring.service.MonitoringProjection;

/**
 * The counts equal a recount from the source: 1 000 random changes of 150 cases (with redeliveries and stale states)
 * go through the real broker into the consumer; the test then counts the cases' final states itself, written
 * independently of the service's fact derivation, and compares cell by cell. A rebuild from the topics must give the
 * same table.
 */
@QuarkusTest
class MonitoringRecountTest {

    private static final ZoneId DISTRICT = ZoneId.of("Europe/Berlin");
    private static final String[] PHASES = {"ANKOMMEN", "ORIENTIERUNG", "EINGEWOEHNUNG", "INTEGRATION", "CLOSED"};
    private static final String[] AUTHORITIES = {"JUGENDAMT", "SOZIALAMT", "JOBCENTER", "AUSLAENDERBEHOERDE"};
    private static final String[] NEEDS = {"LANGUAGE_COURSE", "CHILDCARE", "SCHOOL", "WORK", "HOUSING", "HEALTH"};
    private static final String[] STATUSES = {"ACCEPTED", "WAITLISTED", "DECLINED", "STARTED", "COMPLETED",
            "DROPPED_OUT"};

    KafkaBroker broker;

    @Inject
    ObjectMapper json;

    @Inject
    DataSource dataSource;

    @Inject
    FactLedger ledger;

    @Inject
    MonitoringProjection projection;

    @Test
    void countsEqualARecountOfTheCasesAfterAThousandRandomChanges() throws SQLException {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String subregion = "RC" + (seed % 1_000_000);
        RandomCases cases = new RandomCases(random, subregion, 150);
        List<ProducerRecord<String, byte[]>> records = cases.changes(1000, json);

        broker.probe().sendAll(records);

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> appliedVersions(cases.ids()).equals(cases.versions()));
        Map<String, List<Long>> recount = recount(cases.states(), cases.times());
        assertThat(recount).hasSizeGreaterThan(300);
        assertThat(counted(subregion)).as("seed %d", seed).isEqualTo(recount);
    }

    @Test
    void rebuildFromTheTopicsGivesTheSameCounts() throws SQLException {
        Random random = new Random();
        RandomCases cases = new RandomCases(random, "RB" + random.nextInt(1_000_000), 20);
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>(cases.changes(60, json));
        // What the live consumer dead-letters must not stop a rebuild: a state without its household, and no event.
        CaseState incomplete = cases.states().values().iterator().next();
        records.add(MonitoringEvents.caseEvent(MonitoringEvents.caseState(UUID.randomUUID(), "RB", UUID.randomUUID(),
                null, null, OffsetDateTime.now(), List.of(new CaseState.PhaseStep("ANKOMMEN", null)),
                incomplete.members(), List.of(), List.of(), List.of()), 0, OffsetDateTime.now(), json));
        records.add(new ProducerRecord<>(Topic.CASE_FACTS.topicName(), UUID.randomUUID().toString(), new byte[]{'{'}));
        // The last record of a counted case is poison: the rebuild, which applies only the last record of each case,
        // must count the state before it, as the live consumer does.
        records.add(new ProducerRecord<>(Topic.CASE_FACTS.topicName(), MonitoringEvents.pseudonym(incomplete.id()),
                new byte[]{'{'}));
        // An older state of a counted case delivered again after its newest: the live consumer's version check ignores
        // it, and so must the rebuild, although it is that case's last record on the topic.
        CaseState changed = cases.states().values().stream().filter(c -> cases.versions().get(c.id()) > 0)
                .filter(c -> c != incomplete).findFirst().orElseThrow();
        records.add(MonitoringEvents.caseEvent(MonitoringEvents.caseState(changed.id(), changed.subregion(),
                UUID.randomUUID(), null, null, changed.openedAt(),
                List.of(new CaseState.PhaseStep("ANKOMMEN", changed.openedAt())),
                changed.members(), List.of(), List.of(), List.of()), 0, OffsetDateTime.now(), json));
        broker.probe().sendAll(records);
        await().atMost(Duration.ofSeconds(60)).until(() -> appliedVersions(cases.ids()).equals(cases.versions()));
        Map<String, List<Long>> before = counted(null);

        var report = RegionApi.admin().post("/api/monitoring/rebuild").then().statusCode(200).extract().jsonPath();

        assertThat(report.getLong("eventsRead")).isGreaterThanOrEqualTo(63);
        assertThat(report.getLong("skipped")).isGreaterThanOrEqualTo(2);
        assertThat(counted(null)).isEqualTo(before);
    }

    /**
     * An anonymised case stays in the statistics, also after a rebuild from a topic where compaction has removed its
     * states (here: they never were on it), and a stray state of it later is not counted again.
     */
    @Test
    void anonymisedCasesKeepTheirCountsThroughARebuild() throws SQLException {
        String subregion = "AN" + new Random().nextInt(1_000_000);
        OffsetDateTime now = OffsetDateTime.now();
        UUID id = UUID.randomUUID();
        CaseState closed = MonitoringEvents.caseState(id, subregion, UUID.randomUUID(), null, null, now.minusDays(40),
                List.of(new CaseState.PhaseStep("ANKOMMEN", now.minusDays(40)),
                        new CaseState.PhaseStep("CLOSED", now.minusDays(10))),
                List.of(MonitoringEvents.member(Gender.FEMALE, LocalDate.of(1990, 4, 12))), List.of(), List.of(),
                List.of());
        applyDirectly(closed, 3);
        applyDirectly(null, 4, id);
        Map<String, List<Long>> counted = counted(subregion);
        assertThat(counted).isNotEmpty();

        RegionApi.admin().post("/api/monitoring/rebuild").then().statusCode(200);
        assertThat(counted(subregion)).isEqualTo(counted);

        applyDirectly(closed, 5);
        assertThat(counted(subregion)).isEqualTo(counted);
    }

    /** Through the consumer's code but not the topic, as if compaction had removed the records since. */
    private void applyDirectly(CaseState state, long version) {
        applyDirectly(state, version, state.id());
    }

    private void applyDirectly(CaseState state, long version, UUID id) {
        byte[] data;
        try {
            data = state == null ? null : json.writeValueAsBytes(CaseFacts.of(state, LocalDate.now()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        CloudEvent event = new CloudEvent(UUID.randomUUID().toString(), "/kim/test", CaseFactsEvents.FACTS.type(),
                MonitoringEvents.pseudonym(id), OffsetDateTime.now(), version, data);
        QuarkusTransaction.requiringNew().run(() -> projection.applyCase(event));
    }

    /** Cell → [count, days], from the service's table; null subregion: the whole table. */
    private Map<String, List<Long>> counted(String subregion) throws SQLException {
        Map<String, List<Long>> cells = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
                var statement = connection.prepareStatement("""
                        select measure, month, subregion, municipality_id, quarter_id, accommodation_id, phase,
                               authority, need, gender, age_band, status, offer_id, count, days
                          from monitoring_count where ?::text is null or subregion = ?::text
                        """)) {
            statement.setString(1, subregion);
            statement.setString(2, subregion);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    List<String> key = new ArrayList<>();
                    for (int c = 1; c <= 13; c++) {
                        key.add(Objects.toString(rows.getObject(c), "-"));
                    }
                    cells.put(String.join("|", key), List.of(rows.getLong(14), rows.getLong(15)));
                }
            }
        }
        return cells;
    }

    private Map<UUID, Long> appliedVersions(Set<UUID> ids) throws SQLException {
        Map<String, UUID> byKey = new HashMap<>();
        ids.forEach(id -> byKey.put(ledger.sourceKey("case", MonitoringEvents.pseudonym(id)), id));
        Map<UUID, Long> versions = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                var statement = connection
                        .prepareStatement(
                                "select source_key, version from monitoring_source where source_key = any(?)")) {
            statement.setArray(1, connection.createArrayOf("varchar", byKey.keySet().toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    versions.put(byKey.get(rows.getString(1)), rows.getLong(2));
                }
            }
        }
        return versions;
    }

    /** The recount: what each final case state must be counted as, derived here from the rules, not from the code. */
    private static Map<String, List<Long>> recount(Map<UUID, CaseState> states, Map<UUID, OffsetDateTime> times) {
        Map<String, long[]> cells = new TreeMap<>();
        for (CaseState c : states.values()) {
            String area = c.subregion() + "|" + c.municipalityId() + "|" + dash(c.quarterId()) + "|"
                    + dash(c.accommodationId());
            LocalDate stateDay = day(times.get(c.id()));
            Map<UUID, CaseState.Member> members = new HashMap<>();
            c.members().forEach(m -> members.put(m.id(), m));
            if (!c.phase().equals("CLOSED")) {
                add(cells, "OPEN_CASE", "-", area, c.phase(), "-", "-", "-", "-", "-", "-", 0);
                Set<String> authorities = new HashSet<>();
                c.participations().forEach(p -> authorities.add(p.authority()));
                authorities.forEach(a -> add(cells, "OPEN_CASE_AUTHORITY", "-", area, "-", a, "-", "-", "-", "-",
                        "-", 0));
                c.needs().forEach(n -> add(cells, "OPEN_CASE_NEED", "-", area, "-", "-", n.kind(), "-", "-", "-",
                        "-", 0));
                c.members().forEach(m -> add(cells, "OPEN_CASE_MEMBER", "-", area, "-", "-", "-", gender(m),
                        band(m.birthDate(), stateDay), "-", "-", 0));
            }
            add(cells, "CASE_OPENED", month(day(c.openedAt())), area, "-", "-", "-", "-", "-", "-", "-", 0);
            Set<String> reached = new HashSet<>();
            for (CaseState.PhaseStep step : c.phaseHistory()) {
                if (reached.add(step.phase())) {
                    add(cells, "PHASE_REACHED", month(day(step.since())), area, step.phase(), "-", "-", "-", "-",
                            "-", "-", ChronoUnit.DAYS.between(day(c.openedAt()), day(step.since())));
                }
            }
            if (c.phase().equals("CLOSED")) {
                CaseState.PhaseStep last = c.phaseHistory().get(c.phaseHistory().size() - 1);
                add(cells, "CASE_CLOSED", month(day(last.since())), area, "-", "-", "-", "-", "-", "-", "-", 0);
            }
            c.participations().forEach(p -> add(cells, "PARTICIPATION_STARTED", month(p.since()), area, "-",
                    p.authority(), "-", "-", "-", "-", "-", 0));
            for (CaseState.Referral r : c.referrals()) {
                CaseState.Member m = members.get(r.memberId());
                add(cells, "REFERRAL", month(day(r.requestedAt())), area, "-", "-", "-",
                        m == null ? "UNKNOWN" : gender(m),
                        m == null ? "UNKNOWN" : band(m.birthDate(), day(r.requestedAt())), r.status(),
                        r.offerId().toString(), 0);
            }
        }
        Map<String, List<Long>> result = new TreeMap<>();
        cells.forEach((cell, sum) -> result.put(cell, List.of(sum[0], sum[1])));
        return result;
    }

    private static void add(Map<String, long[]> cells, String measure, String month, String area, String phase,
            String authority, String need, String gender, String band, String status, String offer, long days) {
        String cell = String.join("|", measure, month, area, phase, authority, need, gender, band, status, offer);
        long[] sum = cells.computeIfAbsent(cell, k -> new long[2]);
        sum[0]++;
        sum[1] += days;
    }

    private static String gender(CaseState.Member member) {
        return member.gender() == null ? "UNKNOWN" : member.gender().name();
    }

    private static String band(LocalDate birth, LocalDate on) {
        if (birth == null || birth.isAfter(on)) {
            return "UNKNOWN";
        }
        int age = Period.between(birth, on).getYears();
        return age < 6
                ? "UNDER_6"
                : age < 18
                        ? "FROM_6_TO_17"
                        : age < 27
                                ? "FROM_18_TO_26"
                                : age < 45 ? "FROM_27_TO_44" : age < 65 ? "FROM_45_TO_64" : "FROM_65";
    }

    private static LocalDate day(OffsetDateTime moment) {
        return moment.atZoneSameInstant(DISTRICT).toLocalDate();
    }

    private static String month(LocalDate day) {
        return day.withDayOfMonth(1).toString();
    }

    private static String dash(Object value) {
        return value == null ? "-" : value.toString();
    }

    /** 150 households whose cases change at random, as case managers and providers would change them. */
    private static final class RandomCases {

        private final Random random;
        private final String subregion;
        private final UUID[] municipalities = {UUID.randomUUID(), UUID.randomUUID()};
        private final UUID[] quarters = {UUID.randomUUID(), UUID.randomUUID(), null};
        private final UUID[] accommodations = {UUID.randomUUID(), null};
        private final UUID[] offers = {UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()};
        private final List<UUID> ids = new ArrayList<>();
        private final Map<UUID, CaseState> states = new HashMap<>();
        private final Map<UUID, Long> versions = new HashMap<>();
        private final Map<UUID, OffsetDateTime> times = new HashMap<>();
        private OffsetDateTime clock = OffsetDateTime.of(2025, 3, 31, 22, 30, 0, 0, ZoneOffset.UTC);

        RandomCases(Random random, String subregion, int households) {
            this.random = random;
            this.subregion = subregion;
            for (int i = 0; i < households; i++) {
                ids.add(UUID.randomUUID());
            }
        }

        List<ProducerRecord<String, byte[]>> changes(int count, ObjectMapper json) {
            List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
            Map<UUID, CaseState> firstOf = new HashMap<>();
            for (int n = 0; n < count; n++) {
                clock = clock.plusHours(1 + random.nextInt(30));
                UUID id = ids.get(random.nextInt(ids.size()));
                CaseState state = states.containsKey(id) ? change(states.get(id)) : open(id);
                long version = versions.merge(id, 1L, Long::sum) - 1;
                states.put(id, state);
                times.put(id, clock);
                ProducerRecord<String, byte[]> record = MonitoringEvents.caseEvent(state, version, clock, json);
                records.add(record);
                firstOf.putIfAbsent(id, state);
                if (random.nextInt(20) == 0) {
                    records.add(MonitoringEvents.again(record));
                }
                if (random.nextInt(20) == 0 && version > 0) {
                    records.add(MonitoringEvents.caseEvent(firstOf.get(id), 0, clock, json));
                }
            }
            return records;
        }

        Set<UUID> ids() {
            return states.keySet();
        }

        Map<UUID, Long> versions() {
            Map<UUID, Long> last = new HashMap<>();
            versions.forEach((id, next) -> last.put(id, next - 1));
            return last;
        }

        Map<UUID, CaseState> states() {
            return states;
        }

        Map<UUID, OffsetDateTime> times() {
            return times;
        }

        private CaseState open(UUID id) {
            List<CaseState.Member> members = new ArrayList<>();
            for (int i = random.nextInt(4); i >= 0; i--) {
                members.add(member());
            }
            return MonitoringEvents.caseState(id, subregion, pick(municipalities), pick(quarters),
                    pick(accommodations), clock, List.of(new CaseState.PhaseStep("ANKOMMEN", clock)), members,
                    List.of(), List.of(), List.of());
        }

        private CaseState change(CaseState c) {
            List<CaseState.PhaseStep> phases = new ArrayList<>(c.phaseHistory());
            List<CaseState.Member> members = new ArrayList<>(c.members());
            List<CaseState.Participation> participations = new ArrayList<>(c.participations());
            List<CaseState.Need> needs = new ArrayList<>(c.needs());
            List<CaseState.Referral> referrals = new ArrayList<>(c.referrals());
            UUID quarter = c.quarterId();
            UUID accommodation = c.accommodationId();
            switch (random.nextInt(8)) {
                case 0, 1 -> {
                    String phase = pick(PHASES);
                    if (!phase.equals(c.phase())) {
                        phases.add(new CaseState.PhaseStep(phase, clock));
                    }
                }
                case 2 -> {
                    quarter = pick(quarters);
                    accommodation = pick(accommodations);
                }
                case 3 -> participations.add(new CaseState.Participation(UUID.randomUUID(), pick(AUTHORITIES), null,
                        null, day(clock).minusDays(random.nextInt(40)), null));
                case 4 -> {
                    if (!needs.isEmpty() && random.nextBoolean()) {
                        needs.remove(random.nextInt(needs.size()));
                    } else {
                        needs.add(CaseState.Need.open(UUID.randomUUID(), pick(NEEDS), DataCategory.EDUCATION_WORK,
                                null, false, null));
                    }
                }
                case 5 -> referrals.add(new CaseState.Referral(UUID.randomUUID(), pick(offers), "Kurs",
                        members.isEmpty() ? null : members.get(random.nextInt(members.size())).id(), null,
                        DataCategory.EDUCATION_WORK, "REQUESTED", null, null, clock, clock, 0));
                case 6 -> {
                    if (!referrals.isEmpty()) {
                        int i = random.nextInt(referrals.size());
                        CaseState.Referral r = referrals.get(i);
                        referrals.set(i, new CaseState.Referral(r.id(), r.offerId(), r.offerTitle(), r.memberId(),
                                r.needId(), r.category(), pick(STATUSES), null, null, r.requestedAt(), clock,
                                r.statusVersion() + 1));
                    }
                }
                default -> {
                    if (members.size() > 1 && random.nextBoolean()) {
                        members.remove(random.nextInt(members.size()));
                    } else {
                        members.add(member());
                    }
                }
            }
            return MonitoringEvents.caseState(c.id(), subregion, c.municipalityId(), quarter, accommodation,
                    c.openedAt(), phases, members, participations, needs, referrals);
        }

        private CaseState.Member member() {
            Gender gender = random.nextInt(8) == 0 ? null : Gender.values()[random.nextInt(Gender.values().length)];
            LocalDate birth = random.nextInt(10) == 0
                    ? null
                    : LocalDate.of(1950, 1, 1).plusDays(random.nextInt(27_000));
            return MonitoringEvents.member(gender, birth);
        }

        private <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }
    }
}
