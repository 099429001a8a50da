-- An event the broker rejects for good (too large, not authorised) is parked instead of blocking
-- the outbox: excluded from the relay's claim, kept for an operator, and it still holds back later
-- versions of its own aggregate so their order is never broken.
alter table event_outbox add column failed_at timestamptz;
alter table event_outbox add column last_error text;
