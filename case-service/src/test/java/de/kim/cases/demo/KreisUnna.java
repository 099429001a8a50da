package de.kim.cases.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.kim.cases.demo.PlannedHousehold.Staff;
import de.kim.cases.demo.ReferenceData.Offer;
import de.kim.cases.demo.ReferenceData.Place;
import de.kim.cases.demo.ReferenceData.Town;

/** The district of the demo data (deploy/demo/kreis-unna.json) as the replicas would hold it, with fixed ids. */
final class KreisUnna {

    static final List<String> OFFERS = List.of("Alphabetisierungskurs", "Beratung in der Halte-Stelle",
            "Ehrenamt: Lesepatenschaften", "Frauentreff im Treffpunkt Neuland", "Griffbereit",
            "Hausaufgabenhilfe im Treffpunkt Neuland", "Nähcafé für Frauen", "Rucksack-Programm",
            "Sprachkurs Deutsch A1");

    private KreisUnna() {
    }

    static ReferenceData reference() {
        List<Town> towns = List.of(town("05978004", "Bergkamen", "MITTE"), town("05978008", "Bönen", "MITTE"),
                town("05978012", "Fröndenberg/Ruhr", "SUED"), town("05978016", "Holzwickede", "SUED"),
                town("05978020", "Kamen", "MITTE"), town("05978024", "Lünen", "NORD"),
                town("05978028", "Schwerte", "SUED"), town("05978032", "Selm", "NORD"),
                town("05978036", "Unna", "MITTE"), town("05978040", "Werne", "NORD"));
        UUID luenen = id("05978024");
        List<Place> quarters = new ArrayList<>();
        for (String name : List.of("Alstedde", "Beckinghausen", "Brambauer", "Gahmen", "Horstmar", "Lünen-Mitte",
                "Lünen-Nord", "Lünen-Süd", "Niederaden", "Wethmar")) {
            quarters.add(new Place(id(name), luenen, name));
        }
        List<Offer> offers = OFFERS.stream().map(title -> new Offer(id(title), title, "vhs-luenen")).toList();
        return new ReferenceData(towns, quarters, List.of(new Place(id("Auf dem Ringe"), luenen, "Auf dem Ringe")),
                offers, Map.of("NORD", List.of(new Staff("b84f370e-ee53-59cd-8293-8232fa23b2a9",
                        "Demo Fallmanagement Nord (fm.nord)", "NORD")), "SUED",
                        List.of(new Staff("f6936729-a5d7-58ff-ac3b-c0842b18fda8", "Demo Fallmanagement Süd (fm.sued)",
                                "SUED"))));
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private static Town town(String ags, String name, String subregion) {
        return new Town(id(ags), ags, name, subregion);
    }
}
