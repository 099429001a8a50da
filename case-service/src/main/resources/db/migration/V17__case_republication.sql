-- Cases to publish once more on start (CaseRepublication): those that existed before kim.case-facts.v1 did, and whose
-- records on kim.cases.v1 may still carry notes kept to their writer's side. Republished at the same version, so
-- consumers ignore the state and compaction drops the older records of the case.
create table case_republication (
    case_id uuid primary key references case_file (id) on delete cascade
);
insert into case_republication (case_id) select id from case_file;
