package de.kim.offers.offer.service;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.kim.offers.offer.api.OfferFilter;
import de.kim.offers.offer.api.OfferView;
import de.kim.offers.offer.api.PublicOfferView;
import de.kim.offers.offer.domain.DirectoryLanguage;
import de.kim.offers.offer.domain.Offer;
import de.kim.offers.offer.domain.OfferStatus;
import de.kim.platform.api.Moments;
import de.kim.platform.api.Page;
import de.kim.platform.api.PageParams;

/**
 * Offer search in one SQL statement: area through the place replica, list fields through jsonb
 * containment (GIN-indexed), text through the German full-text configuration, ranked when a text
 * is given and by title otherwise.
 */
@ApplicationScoped
public class OfferSearch {

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final OfferViews views;

    OfferSearch(EntityManager entityManager, ObjectMapper json, OfferViews views) {
        this.entityManager = entityManager;
        this.json = json;
        this.views = views;
    }

    /** For staff: with all translations, the internal note and the free places. */
    @Transactional
    public Page<OfferView> search(OfferFilter filter, PageParams page) {
        Page<Offer> found = find(filter, page);
        return new Page<>(views.staff(found.items()), found.page(), found.size(), found.total());
    }

    /** For the public directory: active offers in the visitor's language, nothing for staff only. */
    @Transactional
    public Page<PublicOfferView> searchDirectory(OfferFilter filter, PageParams page, DirectoryLanguage language) {
        filter.status = OfferStatus.ACTIVE;
        Page<Offer> found = find(filter, page);
        return new Page<>(views.directory(found.items(), language), found.page(), found.size(), found.total());
    }

    private Page<Offer> find(OfferFilter filter, PageParams page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        where.add("o.status = :status");
        params.put("status", (filter.status == null ? OfferStatus.ACTIVE : filter.status).name());
        String query = filter.text == null ? null : GermanTextQuery.of(filter.text);
        boolean text = query != null;
        if (text) {
            where.add("o.search @@ to_tsquery('german', :text)");
            params.put("text", query);
        }
        add(where, params, "subregion", filter.subregion,
                "exists (select 1 from region_place m where m.id = o.municipality_id and m.subregion = :subregion)");
        add(where, params, "municipality", filter.municipality, "o.municipality_id = :municipality");
        add(where, params, "quarter", filter.quarter, "o.quarter_id = :quarter");
        add(where, params, "category", name(filter.category), "o.category = :category");
        add(where, params, "fieldOfAction", name(filter.fieldOfAction), "o.field_of_action = :fieldOfAction");
        add(where, params, "phase", jsonArray(name(filter.phase)), "o.phases @> cast(:phase as jsonb)");
        add(where, params, "language", jsonArray(filter.language), "o.languages @> cast(:language as jsonb)");
        add(where, params, "targetGroup", jsonArray(filter.targetGroup),
                "o.target_groups @> cast(:targetGroup as jsonb)");
        add(where, params, "age", filter.eligibleAge,
                "(o.min_age is null or o.min_age <= :age) and (o.max_age is null or o.max_age >= :age)");
        add(where, params, "gender", jsonArray(name(filter.eligibleGender)),
                "(o.genders = '[]'::jsonb or o.genders @> cast(:gender as jsonb))");
        add(where, params, "residence", jsonArray(name(filter.eligibleResidenceStatus)),
                "(o.residence_statuses = '[]'::jsonb or o.residence_statuses @> cast(:residence as jsonb))");

        if (Boolean.TRUE.equals(filter.hasFreePlaces)) {
            where.add("(o.capacity is null or (select count(*) from placement p where p.offer_id = o.id"
                    + " and p.status in ('ACCEPTED', 'STARTED')) < o.capacity)");
        }
        if (filter.openAt != null && !filter.openAt.isBlank()) {
            ZonedDateTime local = Moments.parse("openAt", filter.openAt).atZoneSameInstant(NextDates.BERLIN);
            where.add(
                    "(o.starts_on is null or o.starts_on <= :openDate) and (o.ends_on is null or o.ends_on >= :openDate)"
                            + " and exists (select 1 from jsonb_array_elements(o.schedule) s where s->>'day' = :openDay"
                            + " and " + time("s->'starts'") + " <= :openTime and " + time("s->'ends'")
                            + " > :openTime)");
            params.put("openDate", local.toLocalDate());
            params.put("openDay", local.getDayOfWeek().name());
            params.put("openTime", local.toLocalTime());
        }
        String conditions = String.join(" and ", where);
        String order = text
                ? "ts_rank(o.search, to_tsquery('german', :text)) desc, o.id"
                : "lower(o.title), o.id";
        Query ids = entityManager.createNativeQuery(
                "select o.id from offer o where " + conditions + " order by " + order, UUID.class);
        Query count = entityManager.createNativeQuery("select count(*) from offer o where " + conditions, Long.class);
        params.forEach((name, value) -> {
            ids.setParameter(name, value);
            count.setParameter(name, value);
        });
        @SuppressWarnings("unchecked")
        List<UUID> found = ids.setFirstResult(page.page * page.size).setMaxResults(page.size).getResultList();
        Map<UUID, Offer> offers = Offer.<Offer>list("id in ?1", found).stream()
                .collect(Collectors.toMap(offer -> offer.id, Function.identity()));
        List<Offer> items = found.stream().map(offers::get).toList();
        return new Page<>(items, page.page, page.size, ((Number) count.getSingleResult()).longValue());
    }

    /**
     * A time of the schedule column: Hibernate's JSON mapper writes LocalTime as [hour, minute(, second)],
     * an ISO string is read as well.
     */
    private static String time(String json) {
        return "(case jsonb_typeof(" + json + ") when 'array' then make_time((" + json + "->>0)::int, coalesce(("
                + json + "->>1)::int, 0), coalesce((" + json + "->>2)::float8, 0)) else (" + json
                + "#>>'{}')::time end)";
    }

    private static void add(List<String> where, Map<String, Object> params, String name, Object value,
            String condition) {
        if (value != null) {
            where.add(condition);
            params.put(name, value);
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** A one-element JSON array for jsonb containment. */
    private String jsonArray(String value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(List.of(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode a filter value", e);
        }
    }
}
