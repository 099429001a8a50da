package de.kim.cases.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.kim.platform.vocabulary.ResidenceStatus;

/**
 * Where the demo households come from, roughly in the proportions of the newcomers in Kreis Unna in recent years, with
 * the languages spoken there, common first names, and the residence statuses people from there usually hold.
 * Surnames are invented around the German placeholder "Muster" (as in Max Mustermann): read naturally, never real.
 */
enum Origin {

    SYRIA("SY", 26, langs("ar", 85, "ku", 15), "en",
            List.of("Ahmad", "Mohammad", "Omar", "Khaled", "Yousef", "Hassan", "Ali", "Mahmoud", "Samer", "Rami",
                    "Bilal", "Tarek", "Karim", "Adnan", "Walid", "Jamal"),
            List.of("Fatima", "Aya", "Rania", "Nour", "Lina", "Hala", "Rasha", "Zainab", "Amal", "Yasmin", "Huda",
                    "Dima", "Mariam", "Salma", "Reem", "Layla"),
            List.of("Al-Muster", "Abu Muster", "Musterani", "Mustereddin", "El-Musteri", "Musterhadi"),
            statuses(ResidenceStatus.RECOGNISED_REFUGEE, 45, ResidenceStatus.SUBSIDIARY_PROTECTION, 35,
                    ResidenceStatus.ASYLUM_SEEKER, 10, ResidenceStatus.SETTLEMENT_PERMIT, 6,
                    ResidenceStatus.TOLERATED, 4),
            HouseholdShape.Mix.FAMILIES),
    UKRAINE("UA", 22, langs("uk", 75, "ru", 25), "ru",
            List.of("Oleksandr", "Andrii", "Dmytro", "Serhii", "Mykola", "Ivan", "Yurii", "Maksym", "Bohdan",
                    "Vladyslav", "Artem", "Taras"),
            List.of("Olena", "Iryna", "Natalia", "Tetiana", "Oksana", "Yuliia", "Svitlana", "Kateryna", "Anastasiia",
                    "Viktoriia", "Sofiia", "Daryna"),
            List.of("Musterenko", "Musterchuk", "Musterko", "Mustervych", "Musteryshyn", "Mustershenko"),
            statuses(ResidenceStatus.TEMPORARY_PROTECTION, 95, ResidenceStatus.OTHER_RESIDENCE_PERMIT, 5),
            HouseholdShape.Mix.MOTHERS_WITH_CHILDREN),
    AFGHANISTAN("AF", 14, langs("fa", 70, "ps", 30), "en",
            List.of("Ahmad", "Mohammad", "Reza", "Ali", "Hamid", "Farid", "Jawad", "Mustafa", "Sohrab", "Omid",
                    "Navid", "Karim", "Mehdi", "Wahid"),
            List.of("Zahra", "Fatema", "Maryam", "Parisa", "Shirin", "Nargis", "Mina", "Soraya", "Farzana", "Laleh",
                    "Roya", "Nilufar", "Sima", "Homa"),
            List.of("Musterzadeh", "Musteri", "Musterzai", "Musterpour", "Mustervand", "Musterkhil"),
            statuses(ResidenceStatus.ASYLUM_SEEKER, 30, ResidenceStatus.RECOGNISED_REFUGEE, 25,
                    ResidenceStatus.TOLERATED, 20, ResidenceStatus.SUBSIDIARY_PROTECTION, 15,
                    ResidenceStatus.OTHER_RESIDENCE_PERMIT, 10),
            HouseholdShape.Mix.FAMILIES),
    IRAQ("IQ", 8, langs("ar", 55, "ku", 45), "en",
            List.of("Ahmed", "Mohammed", "Ali", "Hussein", "Haider", "Mustafa", "Abbas", "Zaid", "Saman", "Dilshad"),
            List.of("Zahraa", "Fatima", "Noor", "Shaima", "Rawan", "Sara", "Shilan", "Awaz", "Dilan", "Ruqaya"),
            List.of("Al-Muster", "Musterani", "Musteri", "Abu Muster", "Mustereddin", "Mustermand"),
            statuses(ResidenceStatus.ASYLUM_SEEKER, 25, ResidenceStatus.SUBSIDIARY_PROTECTION, 25,
                    ResidenceStatus.TOLERATED, 25, ResidenceStatus.RECOGNISED_REFUGEE, 20,
                    ResidenceStatus.OTHER_RESIDENCE_PERMIT, 5),
            HouseholdShape.Mix.FAMILIES),
    TURKEY("TR", 8, langs("tr", 70, "ku", 30), "en",
            List.of("Mehmet", "Mustafa", "Ahmet", "Emre", "Burak", "Murat", "Hasan", "Yusuf", "Kerem", "Can", "Eren",
                    "Serkan"),
            List.of("Ayşe", "Fatma", "Elif", "Zeynep", "Emine", "Merve", "Esra", "Büşra", "Hatice", "Selin", "Derya",
                    "Gül"),
            List.of("Musteroğlu", "Mustercan", "Mustertaş", "Musterdağ", "Musterkaya", "Mustergül"),
            statuses(ResidenceStatus.ASYLUM_SEEKER, 55, ResidenceStatus.OTHER_RESIDENCE_PERMIT, 20,
                    ResidenceStatus.RECOGNISED_REFUGEE, 15, ResidenceStatus.TOLERATED, 10),
            HouseholdShape.Mix.SINGLES),
    IRAN("IR", 4, langs("fa", 90, "az", 10), "en",
            List.of("Reza", "Mehdi", "Amir", "Hossein", "Babak", "Navid", "Arash", "Kian", "Saeed", "Pouya"),
            List.of("Maryam", "Shirin", "Leila", "Sara", "Niloofar", "Parisa", "Mahsa", "Elham", "Setareh", "Azadeh"),
            List.of("Musterzadeh", "Musterpour", "Musterfar", "Musteri", "Musternejad", "Mustervand"),
            statuses(ResidenceStatus.ASYLUM_SEEKER, 40, ResidenceStatus.RECOGNISED_REFUGEE, 40,
                    ResidenceStatus.TOLERATED, 10, ResidenceStatus.OTHER_RESIDENCE_PERMIT, 10),
            HouseholdShape.Mix.SINGLES),
    ERITREA("ER", 4, langs("ti", 100), "en",
            List.of("Yonas", "Dawit", "Tesfay", "Samuel", "Filmon", "Habtom", "Kidane", "Mehari", "Robel", "Senai"),
            List.of("Helen", "Saba", "Selam", "Yordanos", "Semhar", "Luwam", "Rahel", "Winta", "Feven", "Mebrat"),
            List.of("Mustergebre", "Mustertesfay", "Mustermariam", "Musterhaile", "Musterberhe"),
            statuses(ResidenceStatus.RECOGNISED_REFUGEE, 55, ResidenceStatus.SUBSIDIARY_PROTECTION, 30,
                    ResidenceStatus.ASYLUM_SEEKER, 15),
            HouseholdShape.Mix.YOUNG_SINGLES),
    GUINEA("GN", 3, langs("ff", 55, "fr", 45), "fr",
            List.of("Mamadou", "Alpha", "Ibrahima", "Ousmane", "Abdoulaye", "Amadou", "Sekou", "Boubacar"),
            List.of("Mariama", "Fatoumata", "Aissatou", "Kadiatou", "Hawa", "Aminata", "Binta", "Oumou"),
            List.of("Musterbah", "Mustersow", "Mustertouré", "Mustercondé"),
            statuses(ResidenceStatus.ASYLUM_SEEKER, 45, ResidenceStatus.TOLERATED, 45,
                    ResidenceStatus.OTHER_RESIDENCE_PERMIT, 10),
            HouseholdShape.Mix.YOUNG_SINGLES),
    SOMALIA("SO", 2, langs("so", 100), "en",
            List.of("Abdi", "Mohamed", "Abdirahman", "Hassan", "Ahmed", "Yusuf", "Liban", "Guled"),
            List.of("Hodan", "Amina", "Faadumo", "Sahra", "Ifrah", "Hibo", "Ayaan", "Nasra"),
            List.of("Mustercali", "Musterwarsame", "Musterxasan", "Musterjaamac"),
            statuses(ResidenceStatus.ASYLUM_SEEKER, 30, ResidenceStatus.SUBSIDIARY_PROTECTION, 30,
                    ResidenceStatus.RECOGNISED_REFUGEE, 25, ResidenceStatus.TOLERATED, 15),
            HouseholdShape.Mix.YOUNG_SINGLES),
    ROMANIA("RO", 5, langs("ro", 100), "en",
            List.of("Andrei", "Ionuț", "Mihai", "Florin", "Gheorghe", "Marian", "Cristian", "Adrian"),
            List.of("Maria", "Elena", "Ioana", "Andreea", "Florentina", "Mihaela", "Georgiana", "Ana"),
            List.of("Musterescu", "Musteranu", "Musteraru", "Musteriu"),
            statuses(ResidenceStatus.EU_CITIZEN, 100),
            HouseholdShape.Mix.FAMILIES),
    BULGARIA("BG", 4, langs("bg", 80, "tr", 20), "en",
            List.of("Georgi", "Ivan", "Dimitar", "Nikolay", "Hristo", "Petar", "Stefan", "Yordan"),
            List.of("Maria", "Ivanka", "Elena", "Desislava", "Petya", "Gergana", "Yordanka", "Radka"),
            List.of("Musterov", "Musterev", "Musterski", "Musterinov"),
            statuses(ResidenceStatus.EU_CITIZEN, 100),
            HouseholdShape.Mix.FAMILIES);

    final String country;
    final int weight;
    final Map<String, Integer> nativeLanguages;
    /** A second language some adults speak (English, Russian, French). */
    final String secondLanguage;
    final List<String> maleNames;
    final List<String> femaleNames;
    final List<String> surnames;
    final Map<ResidenceStatus, Integer> statuses;
    final HouseholdShape.Mix households;

    Origin(String country, int weight, Map<String, Integer> nativeLanguages, String secondLanguage,
            List<String> maleNames, List<String> femaleNames, List<String> surnames,
            Map<ResidenceStatus, Integer> statuses, HouseholdShape.Mix households) {
        this.country = country;
        this.weight = weight;
        this.nativeLanguages = nativeLanguages;
        this.secondLanguage = secondLanguage;
        this.maleNames = maleNames;
        this.femaleNames = femaleNames;
        this.surnames = surnames;
        this.statuses = statuses;
        this.households = households;
    }

    /** Every origin, each as likely as its weight. */
    static Map<Origin, Integer> weights() {
        Map<Origin, Integer> weights = new LinkedHashMap<>();
        for (Origin origin : values()) {
            weights.put(origin, origin.weight);
        }
        return weights;
    }

    boolean fromEu() {
        return statuses.containsKey(ResidenceStatus.EU_CITIZEN);
    }

    /** Surnames with a female form (Bulgarian -ov/-ev becomes -ova/-eva). */
    String surname(String family, boolean female) {
        return female && (family.endsWith("ov") || family.endsWith("ev")) ? family + "a" : family;
    }

    private static Map<String, Integer> langs(Object... codesAndWeights) {
        return Draw.weights(codesAndWeights);
    }

    private static Map<ResidenceStatus, Integer> statuses(Object... statusesAndWeights) {
        return Draw.weights(statusesAndWeights);
    }
}
