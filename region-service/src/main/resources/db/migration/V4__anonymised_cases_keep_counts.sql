-- An anonymised case (a tombstone on kim.cases.v1) stays in the statistics. Its counts are also kept
-- here, because a rebuild replays the topic, where compaction has removed the case's states: the
-- rebuild starts from these counts. Cells and numbers only, as in monitoring_count.
create table monitoring_kept_count (like monitoring_count including all);

-- The source was anonymised: its counts moved to monitoring_kept_count, nothing of it is counted again.
alter table monitoring_source add column anonymised boolean not null default false;
