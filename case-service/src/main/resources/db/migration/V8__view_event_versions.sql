-- The records on kim.view.{authority}.v1 need versions that grow with every change of a view entry,
-- also when the view changes without a new case version (a consent ending with the date, a rebuild).
-- One sequence serves all entries: the version of each key grows, which is all a consumer relies on.
create sequence view_event_version;

-- The worklist's "no activity" counts what people do; changes arriving from other services (a
-- provider's waitlist moving) do not keep a case off it.
comment on column case_file.last_activity_at is 'last change by a person (not by system:* actors)';
