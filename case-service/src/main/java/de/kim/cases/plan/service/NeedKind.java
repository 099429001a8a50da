package de.kim.cases.plan.service;

import de.kim.platform.vocabulary.DataCategory;

/** What a household member needs, and which consent category covers knowing it. */
public enum NeedKind {
    LANGUAGE_COURSE(DataCategory.EDUCATION_WORK),
    CHILDCARE(DataCategory.FAMILY_CHILD_WELFARE),
    SCHOOL(DataCategory.EDUCATION_WORK),
    VOCATIONAL_TRAINING(DataCategory.EDUCATION_WORK),
    /** Recognition of a foreign qualification (Anerkennung). */
    RECOGNITION(DataCategory.EDUCATION_WORK),
    WORK(DataCategory.EDUCATION_WORK),
    /** Costs of housing are benefits of the Sozialamt or Jobcenter. */
    HOUSING(DataCategory.FINANCES),
    HEALTH(DataCategory.HEALTH),
    COUNSELLING(DataCategory.MASTER_DATA),
    LEISURE(DataCategory.MASTER_DATA);

    private final DataCategory category;

    NeedKind(DataCategory category) {
        this.category = category;
    }

    public DataCategory category() {
        return category;
    }
}
