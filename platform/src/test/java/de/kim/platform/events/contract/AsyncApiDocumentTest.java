package de.kim.platform.events.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import de.kim.platform.events.contract.cases.CaseEvents;
import de.kim.platform.events.contract.facts.CaseFactsEvents;
import de.kim.platform.events.contract.offers.OfferEvents;
import de.kim.platform.events.contract.referrals.ReferralEvents;
import de.kim.platform.events.contract.regions.RegionEvents;
import de.kim.platform.events.contract.views.ViewEvents;

/** docs/asyncapi.yaml names exactly the topics and event types of the contract: no more, no fewer. */
class AsyncApiDocumentTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "asyncapi.yaml");

    @Test
    void documentsEveryTopicAndEventTypeAndNothingElse() throws IOException {
        String document = Files.readString(DOCUMENT);
        for (Topic topic : Topic.fixed()) {
            assertThat(document).as("topic %s", topic.topicName()).contains("address: " + topic.topicName());
        }
        assertThat(document).contains("address: kim.view.{authority}.v1");

        List<String> contract = eventTypes();
        for (String type : contract) {
            assertThat(document).as("event type %s", type).contains("name: " + type + "\n");
        }
        Matcher named = Pattern.compile("name: (de\\.kim\\.[a-z.-]+\\.v\\d+)").matcher(document);
        while (named.find()) {
            assertThat(contract).as("documented event type %s", named.group(1)).contains(named.group(1));
        }
    }

    private static List<String> eventTypes() {
        List<String> types = new ArrayList<>();
        for (Class<?> events : List.of(RegionEvents.class, OfferEvents.class, CaseEvents.class,
                CaseFactsEvents.class, ReferralEvents.class)) {
            for (Field field : events.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == EventType.class) {
                    try {
                        types.add(((EventType<?>) field.get(null)).type());
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        types.add(ViewEvents.caseView("jobcenter").type());
        types.add(ViewEvents.caseNote("jobcenter").type());
        return types;
    }
}
