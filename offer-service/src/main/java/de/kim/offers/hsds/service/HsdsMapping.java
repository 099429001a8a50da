package de.kim.offers.hsds.service;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.kim.offers.hsds.api.Hsds;
import de.kim.offers.offer.domain.Offer;
import de.kim.offers.provider.domain.Provider;
import de.kim.platform.events.contract.offers.OfferState.Slot;

/** Between our offers and HSDS 3.0 records. */
final class HsdsMapping {

    static final String TIMEZONE = "Europe/Berlin";
    private static final Map<DayOfWeek, String> BYDAY = Map.of(DayOfWeek.MONDAY, "MO", DayOfWeek.TUESDAY, "TU",
            DayOfWeek.WEDNESDAY, "WE", DayOfWeek.THURSDAY, "TH", DayOfWeek.FRIDAY, "FR", DayOfWeek.SATURDAY, "SA",
            DayOfWeek.SUNDAY, "SU");

    private HsdsMapping() {
    }

    static Hsds.Organization organization(Provider provider) {
        return new Hsds.Organization(provider.id.toString(), provider.name, null, provider.contactEmail);
    }

    static Hsds.Service service(Offer offer, String placeName) {
        String id = offer.id.toString();
        List<Hsds.Language> languages = offer.languages.stream()
                .map(code -> new Hsds.Language(id + "-" + code, id, new Locale(code).getDisplayLanguage(Locale.GERMAN),
                        code))
                .toList();
        List<Hsds.ScheduleEntry> schedules = new ArrayList<>();
        for (int i = 0; i < offer.schedule.size(); i++) {
            Slot slot = offer.schedule.get(i);
            schedules.add(new Hsds.ScheduleEntry(id + "-s" + i, id,
                    offer.startsOn == null ? null : offer.startsOn.toString(),
                    offer.endsOn == null ? null : offer.endsOn.toString(), TIMEZONE, "WEEKLY", BYDAY.get(slot.day()),
                    slot.starts().toString(), slot.ends().toString()));
        }
        List<Hsds.Address> addresses = offer.street == null
                ? List.of()
                : List.of(new Hsds.Address(id + "-a", offer.street, offer.city, offer.postalCode,
                        "Nordrhein-Westfalen", "DE", "physical"));
        Hsds.Location location = new Hsds.Location(id + "-l", "physical", placeName, addresses);
        return new Hsds.Service(id, offer.provider.id.toString(), offer.title, offer.description, "active",
                offer.costEuro == null
                        ? null
                        : offer.costEuro.toPlainString() + " EUR"
                                + (offer.costNote == null ? "" : " (" + offer.costNote + ")"),
                eligibility(offer), offer.minAge, offer.maxAge, languages, schedules,
                List.of(new Hsds.ServiceAtLocation(id + "-sal", id, location)));
    }

    /** Weekly HSDS schedules as our slots; other frequencies cannot be represented and are left out. */
    static List<Slot> slots(List<Hsds.ScheduleEntry> schedules) {
        List<Slot> slots = new ArrayList<>();
        for (Hsds.ScheduleEntry entry : schedules == null ? List.<Hsds.ScheduleEntry>of() : schedules) {
            if (entry.byday() == null || entry.opensAt() == null || entry.closesAt() == null
                    || entry.freq() != null && !"WEEKLY".equalsIgnoreCase(entry.freq())) {
                continue;
            }
            for (String day : entry.byday().split(",")) {
                BYDAY.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(day.strip())).findFirst()
                        .ifPresent(e -> slots.add(new Slot(e.getKey(), LocalTime.parse(entry.opensAt()),
                                LocalTime.parse(entry.closesAt()))));
            }
        }
        return slots;
    }

    private static String eligibility(Offer offer) {
        List<String> rules = new ArrayList<>();
        if (!offer.genders.isEmpty()) {
            rules.add("nur " + String.join(", ", offer.genders.stream().map(Enum::name).toList()));
        }
        if (!offer.residenceStatuses.isEmpty()) {
            rules.add("Aufenthaltsstatus: " + String.join(", ",
                    offer.residenceStatuses.stream().map(Enum::name).toList()));
        }
        return rules.isEmpty() ? null : String.join("; ", rules);
    }
}
