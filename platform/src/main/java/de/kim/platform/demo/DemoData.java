package de.kim.platform.demo;

/**
 * How the services tell the synthetic demo caseload of the local run ({@code ./kim up}, switch
 * {@code KIM_DEMO_CASELOAD}) from real data. Only the demo code reads it; with the switch off it means nothing.
 */
public final class DemoData {

    /**
     * The note on every referral of the demo caseload (ReferralRequested.note): the offer-service's demo step moves on
     * only placements that carry it, never a placement of a real referral.
     */
    public static final String REFERRAL_NOTE = "Demo-Vermittlung: synthetischer Fall (KIM_DEMO_CASELOAD)";

    private DemoData() {
    }
}
