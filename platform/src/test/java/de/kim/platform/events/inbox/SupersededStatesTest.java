package de.kim.platform.events.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Which records of a poll a handler of latest states may skip: only those a newer state of their key follows. */
class SupersededStatesTest {

    @Test
    void skipsOnlyStatesFollowedByANewerOneOfTheSameKey() {
        List<ConsumerRecord<String, byte[]>> batch = List.of(state(0, "a", "1"), state(1, "b", "1"),
                state(2, "a", "2"), state(3, "a", "3"), state(4, "b", "2"), state(5, "c", "1"));
        assertThat(ConsumerLoop.superseded(batch)).containsExactlyInAnyOrder(0L, 1L, 2L);
    }

    @Test
    void keepsRecordsWithoutKeyOrReadableVersionAndOlderOnesThatComeLate() {
        List<ConsumerRecord<String, byte[]>> batch = List.of(state(0, "a", "not a number"), state(1, "a", "5"),
                state(2, null, "1"), state(3, null, "2"), state(4, "a", "4"), state(5, "b", null), state(6, "b", "1"));
        // Offset 1 (version 5) is followed only by an older state of "a" (a redelivery): it stays, and so does
        // the older one (the views ignore it themselves). The poison-looking record at 0 is never skipped.
        assertThat(ConsumerLoop.superseded(batch)).isEmpty();
    }

    private static ConsumerRecord<String, byte[]> state(long offset, String key, String version) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("kim.cases.v1", 0, offset, key,
                "{}".getBytes(StandardCharsets.UTF_8));
        if (version != null) {
            record.headers().add("ce_aggregateversion", version.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }
}
