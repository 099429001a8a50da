-- A deletion (tombstone) is kept as a marked row with its version, so an older state that
-- arrives later (a replay, a dead-letter re-drive) cannot bring the municipality back.
alter table municipality_replica add column deleted boolean not null default false;
alter table municipality_replica alter column ags drop not null;
alter table municipality_replica alter column name drop not null;
alter table municipality_replica alter column subregion drop not null;
