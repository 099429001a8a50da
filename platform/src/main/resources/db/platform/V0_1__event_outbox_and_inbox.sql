-- Shared by every service (platform module). Service migrations start at V1.

-- Transactional outbox: written in the transaction of the state change, deleted by the relay after
-- the broker acknowledged the record.
create table event_outbox (
    id                bigserial   primary key,
    event_id          uuid        not null unique,
    topic             text        not null,
    event_type        text        not null,
    aggregate_type    text        not null,
    aggregate_id      text        not null,
    aggregate_version bigint      not null,
    occurred_at       timestamptz not null default now(),
    payload           jsonb       -- null: tombstone on a compacted topic
);

create index event_outbox_aggregate on event_outbox (aggregate_type, aggregate_id, aggregate_version);

-- Wakes the relay right after commit (NOTIFY is delivered on commit only).
create function event_outbox_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('kim_event_outbox', '');
    return null;
end
$$;

create trigger event_outbox_notify after insert on event_outbox
    for each statement execute function event_outbox_notify();

-- Idempotent consumers: the handler's transaction inserts (consumer, event id) first; a duplicate
-- delivery finds the key taken and is skipped.
create table processed_event (
    consumer     text        not null,
    event_id     text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
