-- A list call (worklist, search, view page, caseload) is one entry naming the cases it showed, not one entry per case:
-- a case manager with thousands of cases wrote thousands of rows per call.
alter table audit_event add column case_ids uuid[];
create index audit_event_cases on audit_event using gin (case_ids);
