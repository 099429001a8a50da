package de.kim.offers.referral.domain;

/** requested → accepted / waitlisted / declined → started → completed / dropped out. */
public enum PlacementStatus {
    ACCEPTED,
    WAITLISTED,
    DECLINED,
    STARTED,
    COMPLETED,
    DROPPED_OUT;

    /** Holds one of the offer's places. */
    public boolean takesPlace() {
        return this == ACCEPTED || this == STARTED;
    }
}
