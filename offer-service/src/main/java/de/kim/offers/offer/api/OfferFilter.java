package de.kim.offers.offer.api;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import de.kim.offers.offer.domain.OfferCategory;
import de.kim.offers.offer.domain.OfferStatus;
import de.kim.platform.vocabulary.FieldOfAction;
import de.kim.platform.vocabulary.Gender;
import de.kim.platform.vocabulary.IntegrationPhase;
import de.kim.platform.vocabulary.ResidenceStatus;

/** The search filters of {@code GET /api/offers}; all optional and combined with "and". */
public class OfferFilter {

    @QueryParam("q")
    @Size(max = 200)
    @Parameter(description = "German full text over title and description; \"Sprachkurse\" finds \"Sprachkurs\"")
    public String text;

    @QueryParam("subregion")
    @Parameter(description = "Sub-region code, e.g. NORD")
    public String subregion;

    @QueryParam("municipality")
    public UUID municipality;

    @QueryParam("quarter")
    public UUID quarter;

    @QueryParam("category")
    public OfferCategory category;

    @QueryParam("fieldOfAction")
    public FieldOfAction fieldOfAction;

    @QueryParam("phase")
    public IntegrationPhase phase;

    @QueryParam("language")
    @Parameter(description = "ISO 639-1 code spoken in the offer")
    public String language;

    @QueryParam("targetGroup")
    public String targetGroup;

    @QueryParam("status")
    @Parameter(description = "Default ACTIVE")
    public OfferStatus status;

    @QueryParam("openAt")
    @Parameter(description = "Only offers with a slot at this moment (ISO 8601 with offset; schedules are Europe/Berlin times)")
    public String openAt;

    @QueryParam("hasFreePlaces")
    @Parameter(description = "true: only offers without a capacity limit or with a place not taken")
    public Boolean hasFreePlaces;

    @QueryParam("eligibleAge")
    @Min(0)
    @Max(120)
    @Parameter(description = "Only offers a person of this age may attend")
    public Integer eligibleAge;

    @QueryParam("eligibleGender")
    @Parameter(description = "Only offers a person of this gender may attend")
    public Gender eligibleGender;

    @QueryParam("eligibleResidenceStatus")
    @Parameter(description = "Only offers a person with this residence status may attend")
    public ResidenceStatus eligibleResidenceStatus;
}
