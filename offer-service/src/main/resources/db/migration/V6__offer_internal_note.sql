-- A remark for staff only (e.g. how to register, whom to ask): never in the public directory, the
-- HSDS export or the published offer events.
alter table offer add column internal_note varchar(1000);
