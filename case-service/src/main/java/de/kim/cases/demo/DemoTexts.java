package de.kim.cases.demo;

import java.util.List;
import java.util.Map;

import de.kim.cases.plan.service.NeedKind;
import de.kim.platform.vocabulary.DataCategory;

/** What the demo case managers write, in German as the users read it; never anything about a real person. */
final class DemoTexts {

    /** The first note of every demo case; its number tells how far an interrupted generation got. */
    static final String MARKER_PREFIX = "Demo-Fall Nr. ";

    static final List<String> QUALIFICATIONS = List.of("Elektriker/in", "Pflegefachkraft", "Lehrkraft",
            "Schneider/in", "Bauingenieur/in", "Friseur/in", "Kfz-Mechatroniker/in", "Buchhalter/in", "Tischler/in",
            "Apotheker/in", "Berufskraftfahrer/in", "Bäcker/in", "Erzieher/in", "Informatiker/in", "Landwirt/in");

    static final List<String> LEISURE = List.of("Fußball", "Nähen", "Kochen", "Musik", "Schwimmen", "Lesen",
            "Computer", "Garten", "Malen", "Radfahren");

    static final List<String> CLOSING_REASONS = List.of("Ziele erreicht, Übergang in die Regelangebote",
            "Ziele erreicht, Übergang in die Regelangebote", "Wegzug aus dem Kreis Unna",
            "Begleitung auf eigenen Wunsch beendet", "Kein Kontakt mehr möglich", "Ausreise");

    static final String CONSENT_PURPOSE = "Abgestimmte Hilfeplanung im Kommunalen Integrationsmanagement";

    static final String STATUTORY_JUSTIFICATION = "Übermittlung zur Erfüllung der eigenen gesetzlichen Aufgabe"
            + " (§ 69 Abs. 1 Nr. 1 SGB X), Leistungsgewährung";

    static final Map<String, String> CONTACTS = Map.of("JOBCENTER", "Jobcenter Kreis Unna, Team Integration",
            "SOZIALAMT", "Sozialamt, Leistungen nach dem AsylbLG",
            "AUSLAENDERBEHOERDE", "Ausländerbehörde Kreis Unna, Sachgebiet Aufenthalt",
            "JUGENDAMT", "Jugendamt, Allgemeiner Sozialer Dienst");

    static final Map<String, String> FILE_PREFIXES = Map.of("JOBCENTER", "DEMO-BG-", "SOZIALAMT", "DEMO-AsylbLG-",
            "AUSLAENDERBEHOERDE", "DEMO-ABH-", "JUGENDAMT", "DEMO-ASD-");

    /** Notes by what they are about. */
    static final Map<DataCategory, List<String>> NOTES = Map.of(
            DataCategory.MASTER_DATA, List.of(
                    "Erstgespräch geführt; Unterlagen gesichtet, nächste Schritte besprochen.",
                    "Hausbesuch; alle sind gut angekommen, Fragen zur Anmeldung geklärt.",
                    "Telefonischer Kontakt, keine neuen Anliegen.",
                    "Termin nicht wahrgenommen, neuer Termin vereinbart.",
                    "Gespräch mit Sprachmittlung geführt; Ziele des Hilfeplans gemeinsam überprüft.",
                    "Begleitung zum Bürgerbüro, Anmeldung der Wohnanschrift erledigt."),
            DataCategory.RESIDENCE, List.of(
                    "Termin bei der Ausländerbehörde begleitet; Unterlagen zur Verlängerung eingereicht.",
                    "Fiktionsbescheinigung liegt vor, Termin zur Abholung des Titels steht aus."),
            DataCategory.EDUCATION_WORK, List.of(
                    "Berechtigung zum Integrationskurs liegt vor; Kursplatz wird gesucht.",
                    "Zeugnisse zur Übersetzung gegeben, Anerkennungsberatung empfohlen.",
                    "Bewerbungsunterlagen gemeinsam erstellt."),
            DataCategory.FAMILY_CHILD_WELFARE, List.of(
                    "Kita-Anmeldung im Portal erledigt, der Platz ist auf der Warteliste.",
                    "Eltern zur Eltern-Kind-Gruppe im Stadtteil informiert."),
            DataCategory.FINANCES, List.of(
                    "Antrag auf Leistungen gestellt, der Bescheid steht aus.",
                    "Fragen zum Bescheid geklärt; Nachweise nachgereicht."),
            DataCategory.HEALTH, List.of(
                    "Hausarztpraxis gefunden, erster Termin vereinbart."));

    /** Only where a child of school age lives. */
    static final String SCHOOL_NOTE = "Schulanmeldung beim Schulamt erledigt, Platz in einer Seiteneinsteigerklasse"
            + " zugesagt.";

    private DemoTexts() {
    }

    static String marker(int number, int of, long seed) {
        return MARKER_PREFIX + number + " von " + of + " (Startwert " + seed + "): synthetisch erzeugt für die lokale"
                + " Vorführung (KIM_DEMO_CASELOAD). Alle Personen und Angaben sind erfunden.";
    }

    /** The goal answering the need, and its measures with the authority that usually owns them. */
    record PlanText(String goal, List<MeasureText> measures) {
    }

    record MeasureText(String description, String authority) {
    }

    static PlanText plan(NeedKind need) {
        return switch (need) {
            case LANGUAGE_COURSE -> new PlanText("Deutschkenntnisse bis B1 erwerben", List.of(
                    new MeasureText("Anmeldung zum Integrationskurs mit Berechtigungsschein", "JOBCENTER"),
                    new MeasureText("Kursplatz suchen und Kinderbetreuung für die Kurszeiten klären", "KIM")));
            case CHILDCARE -> new PlanText("Betreuungsplatz in einer Kita finden", List.of(
                    new MeasureText("Anmeldung im Kita-Portal begleiten", "KIM"),
                    new MeasureText("Platzvergabe mit dem Jugendamt klären", "JUGENDAMT")));
            case SCHOOL -> new PlanText("Schulanmeldung und Einschulung", List.of(
                    new MeasureText("Anmeldung beim Schulamt für den Kreis Unna", "KIM"),
                    new MeasureText("Platz in einer Seiteneinsteigerklasse klären", "KIM")));
            case VOCATIONAL_TRAINING -> new PlanText("Einstieg in eine Ausbildung", List.of(
                    new MeasureText("Termin bei der Berufsberatung", "JOBCENTER"),
                    new MeasureText("Praktikum in einem Betrieb vermitteln", "KIM")));
            case RECOGNITION -> new PlanText("Anerkennung des ausländischen Berufsabschlusses", List.of(
                    new MeasureText("Zeugnisse übersetzen und beglaubigen lassen", "KIM"),
                    new MeasureText("Antrag bei der zuständigen Stelle einreichen", "KIM")));
            case WORK -> new PlanText("Aufnahme einer Beschäftigung", List.of(
                    new MeasureText("Vermittlungsvorschläge besprechen", "JOBCENTER"),
                    new MeasureText("Bewerbungsunterlagen erstellen", "KIM")));
            case HOUSING -> new PlanText("Eigene Wohnung finden", List.of(
                    new MeasureText("Wohnberechtigungsschein beantragen", "KIM"),
                    new MeasureText("Übernahme der Kosten der Unterkunft klären", "SOZIALAMT")));
            case HEALTH -> new PlanText("Gesundheitliche Versorgung sichern", List.of(
                    new MeasureText("Hausarztpraxis finden und ersten Termin begleiten", "KIM"),
                    new MeasureText("Krankenversicherungsschutz klären", "SOZIALAMT")));
            case COUNSELLING -> new PlanText("Orientierung im Alltag", List.of(
                    new MeasureText("Termin in der Migrationsberatung vereinbaren", "KIM")));
            case LEISURE -> new PlanText("Kontakte im Stadtteil knüpfen", List.of(
                    new MeasureText("Begegnungsangebote im Quartier vorstellen", "KIM")));
        };
    }

    /** Decisions a case conference takes, by the authority that carries them out. */
    static final Map<String, Step.Decision> DECISIONS = Map.of(
            "JOBCENTER", new Step.Decision("Jobcenter prüft die Förderung einer berufsbezogenen Sprachmaßnahme.",
                    "JOBCENTER", null, DataCategory.EDUCATION_WORK),
            "AUSLAENDERBEHOERDE", new Step.Decision("Ausländerbehörde prüft die Verlängerung vorrangig.",
                    "AUSLAENDERBEHOERDE", null, DataCategory.RESIDENCE),
            "JUGENDAMT", new Step.Decision("Jugendamt bietet der Familie Erziehungsberatung an.", "JUGENDAMT", null,
                    DataCategory.FAMILY_CHILD_WELFARE),
            "SOZIALAMT", new Step.Decision("Sozialamt klärt die Übernahme der Kosten für Schulmaterial.",
                    "SOZIALAMT", null, DataCategory.FINANCES),
            "KIM", new Step.Decision("KIM koordiniert die nächsten Termine und lädt zur Folgekonferenz ein.", "KIM",
                    null, DataCategory.MASTER_DATA));
}
