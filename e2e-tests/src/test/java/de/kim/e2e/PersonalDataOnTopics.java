package de.kim.e2e;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import de.kim.localinfra.kafka.TopicProbe;

/**
 * Every record on every topic of a running suite, held against the people and notes in the case-service's database:
 * where may a name, a birth date, a note's text appear? The full case ({@code kim.cases.v1}) and the authority views
 * carry names (for their purpose), never a note kept to one side; a referral names the person only with a contact
 * (consented); every other topic (the facts, offers, regions, dead letters of those) names nobody.
 */
final class PersonalDataOnTopics {

    /** What the scan found where it must not be; and how much it read, so an empty scan cannot pass. */
    record Findings(List<String> violations, int topics, int records, int people, int notes, int notesKeptAside) {
    }

    private record Person(String firstName, String lastName, String birthDate) {
    }

    private record Note(String text, boolean keptAside) {
    }

    private PersonalDataOnTopics() {
    }

    static Findings scan(RunningSuite suite) throws SQLException {
        List<Person> people = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(suite.database("kim_cases"));
                Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery(
                    "select first_name, last_name, birth_date::text from household_member")) {
                while (rows.next()) {
                    people.add(new Person(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
            }
            try (ResultSet rows = statement.executeQuery("select text, visibility = 'OWN_AUTHORITY' "
                    + "or (confided and release is null) from case_note")) {
                while (rows.next()) {
                    notes.add(new Note(rows.getString(1), rows.getBoolean(2)));
                }
            }
        }
        TopicProbe probe = suite.kafkaProbe();
        List<String> violations = new ArrayList<>();
        int topics = 0;
        int records = 0;
        for (String topic : probe.topics()) {
            topics++;
            for (ConsumerRecord<String, byte[]> record : probe.readAll(topic, Duration.ofSeconds(60))) {
                records++;
                String text = text(record);
                String where = topic + " offset " + record.offset() + " of partition " + record.partition();
                for (Note note : notes) {
                    if (note.text().strip().length() < 12) {
                        continue; // "ok" would be found in any text
                    }
                    boolean allowed = !note.keptAside() && carriesCases(topic);
                    if (!allowed && text.contains(note.text())) {
                        violations.add(where + ": the text of a note" + (note.keptAside() ? " kept to one side" : ""));
                    }
                }
                if (carriesCases(topic)) {
                    continue;
                }
                boolean consentedContact = topic.startsWith("kim.referrals.v1") && text.contains("\"contact\":{");
                for (Person person : people) {
                    if (!consentedContact && (named(text, person.firstName()) || named(text, person.lastName()))) {
                        violations.add(where + ": a person's name");
                    }
                    if (person.birthDate() != null && text.contains(person.birthDate())) {
                        violations.add(where + ": a birth date");
                    }
                }
            }
        }
        int keptAside = (int) notes.stream().filter(Note::keptAside).count();
        return new Findings(violations, topics, records, people.size(), notes.size(), keptAside);
    }

    /** The full case (and its dead letters) and the authority views: the topics whose purpose is the case itself. */
    private static boolean carriesCases(String topic) {
        return topic.startsWith("kim.cases.v1") || topic.startsWith("kim.view.");
    }

    private static boolean named(String text, String name) {
        return name.length() > 2 && Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text).find();
    }

    /** The record's value and headers as text. */
    private static String text(ConsumerRecord<String, byte[]> record) {
        StringBuilder text = new StringBuilder();
        if (record.value() != null) {
            text.append(new String(record.value(), StandardCharsets.UTF_8));
        }
        for (Header header : record.headers()) {
            if (header.value() != null) {
                text.append('\n').append(new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }
}
