-- Cases whose statistical facts (kim.case-facts.v1) were never published: those that existed before the topic did.
-- The case-service publishes them on start and removes them here (CaseFactsPublisher).
create table case_facts_backfill (
    case_id uuid primary key references case_file (id) on delete cascade
);
insert into case_facts_backfill (case_id) select id from case_file;
