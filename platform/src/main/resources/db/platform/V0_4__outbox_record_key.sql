-- A record of its own for a part of an aggregate (a note of a case) on a compacted topic: keyed by the part
-- ("<case>/<note>"), so compaction keeps every part, and sent to the partition of its aggregate, so the aggregate's
-- records stay in order. Null: the record's key is the aggregate id.
alter table event_outbox add column record_key text;
