package de.kim.offers.offer.domain;

/** What an offer is (seed 002: language and literacy courses, Kita, school, counselling, work, leisure…). */
public enum OfferCategory {
    LANGUAGE_COURSE,
    INTEGRATION_COURSE,
    LITERACY,
    CHILDCARE,
    SCHOOL,
    COUNSELLING,
    WORK_TRAINING,
    HEALTH,
    HOUSING,
    LEISURE_SPORT,
    VOLUNTEERING,
    MEETING_PLACE
}
