package de.kim.cases.reference.messaging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import de.kim.cases.reference.service.Replicas;
import de.kim.platform.events.cloudevents.CloudEvent;
import de.kim.platform.events.contract.Topic;
import de.kim.platform.events.contract.regions.RegionEvents;
import de.kim.platform.events.contract.regions.TeamMemberState;
import de.kim.platform.events.inbox.EventHandler;
import de.kim.platform.events.inbox.PoisonEventException;

/** Keeps the sub-regions' KIM teams (names and work contacts of staff), from kim.regions.v1. */
@ApplicationScoped
public class TeamMemberEventHandler implements EventHandler {

    private static final String TABLE = "staff_replica";
    private static final List<String> DATA = List.of("subject", "display_name", "phone", "email", "subregion", "role");

    private final Replicas replicas;
    private final ObjectMapper json;

    TeamMemberEventHandler(Replicas replicas, ObjectMapper json) {
        this.replicas = replicas;
        this.json = json;
    }

    @Override
    public String consumerName() {
        return "case-service.team";
    }

    @Override
    public Topic topic() {
        return Topic.REGIONS;
    }

    @Override
    public void handle(CloudEvent event) {
        if (!RegionEvents.TEAM_MEMBER.type().equals(event.type())) {
            return;
        }
        if (event.isTombstone()) {
            replicas.removeIfNewer(TABLE, event.subjectId(), event.aggregateVersion(), Map.of(), DATA);
            return;
        }
        TeamMemberState member = event.dataAs(RegionEvents.TEAM_MEMBER, json);
        if (member.subject() == null || member.displayName() == null) {
            throw new PoisonEventException("team member event " + event.id() + " is incomplete");
        }
        Map<String, Object> columns = new HashMap<>();
        columns.put("subject", member.subject());
        columns.put("display_name", member.displayName());
        columns.put("phone", member.phone());
        columns.put("email", member.email());
        columns.put("subregion", member.subregion());
        columns.put("role", member.role());
        replicas.applyIfNewer(TABLE, event.subjectId(), event.aggregateVersion(), columns);
    }
}
