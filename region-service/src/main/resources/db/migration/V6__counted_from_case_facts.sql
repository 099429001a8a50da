-- The monitoring now counts kim.case-facts.v1, where a case is named by its pseudonym, no longer kim.cases.v1 by its
-- id. What was counted under the id is dropped and counted anew from the facts, which the case-service publishes for
-- every case on its first start with that topic; anonymised cases keep their kept counts, as in a rebuild.
delete from monitoring_count;
insert into monitoring_count (cell, measure, month, subregion, municipality_id, quarter_id, accommodation_id, phase,
                              authority, need, gender, age_band, status, offer_id, count, days, key_sum)
select cell, measure, month, subregion, municipality_id, quarter_id, accommodation_id, phase,
       authority, need, gender, age_band, status, offer_id, count, days, key_sum
  from monitoring_kept_count;
delete from monitoring_source where not anonymised;
