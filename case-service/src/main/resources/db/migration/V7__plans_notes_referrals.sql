-- Everything else that belongs to a case: where the household lives, a pending hand-over, the needs
-- assessment, the support plan, case conferences, notes and referrals. All of it is part of the case
-- aggregate: each change moves the case version on and publishes the whole case.
alter table case_file
    add column accommodation_id      uuid,
    add column transfer_to_subregion varchar(20),
    add column transfer_to_municipality_id uuid,
    add column transfer_to_case_manager varchar(100),
    add column transfer_reason       varchar(500),
    add column transfer_requested_by varchar(100),
    add column transfer_requested_at timestamptz,
    add column assessment            jsonb,
    add column needs                 jsonb not null default '[]',
    -- when anything last happened on the case: the worklist finds the ones nobody touches
    add column last_activity_at      timestamptz not null default now(),
    add check ((transfer_to_subregion is null) = (transfer_requested_at is null));
create index case_file_manager on case_file (case_manager) where phase <> 'CLOSED';
create index case_file_transfer on case_file (transfer_to_subregion) where transfer_to_subregion is not null;

-- Quarters and accommodations as the region-service published them (kim.regions.v1).
create table place_replica (
    id              uuid        primary key,
    kind            varchar(15) not null check (kind in ('QUARTER', 'ACCOMMODATION')),
    municipality_id uuid,
    name            varchar(200),
    version         bigint      not null,
    deleted         boolean     not null
);

-- Offers and providers as the offer-service published them (kim.offers.v1): referrals name an
-- offer, and the provider decides which consent a referral needs.
create table offer_replica (
    id          uuid         primary key,
    title       varchar(300),
    provider_id uuid,
    active      boolean      not null default false,
    version     bigint       not null,
    deleted     boolean      not null
);
create table provider_replica (
    id      uuid        primary key,
    code    varchar(50),
    version bigint      not null,
    deleted boolean     not null
);

create table case_goal (
    id       uuid         primary key,
    case_id  uuid         not null references case_file on delete cascade,
    title    varchar(300) not null,
    category varchar(30)  not null,
    need_id  uuid,
    status   varchar(10)  not null check (status in ('OPEN', 'ACHIEVED', 'DROPPED')),
    position integer      not null
);
create index case_goal_case on case_goal (case_id);

create table measure (
    id                    uuid          primary key,
    goal_id               uuid          not null references case_goal on delete cascade,
    description           varchar(1000) not null,
    responsible_authority varchar(30)   not null,
    due_date              date,
    status                varchar(12)   not null check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    ended_on              date,
    conference_id         uuid,
    created_at            timestamptz   not null,
    check ((status in ('DONE', 'CANCELLED')) = (ended_on is not null))
);
create index measure_goal on measure (goal_id);

create table conference (
    id           uuid         primary key,
    case_id      uuid         not null references case_file on delete cascade,
    held_on      date         not null,
    participants jsonb        not null,
    decisions    jsonb        not null,
    minutes_by   varchar(100) not null
);
create index conference_case on conference (case_id);

create table case_note (
    id               uuid          primary key,
    case_id          uuid          not null references case_file on delete cascade,
    category         varchar(30)   not null,
    text             varchar(8000) not null,
    visibility       varchar(20)   not null check (visibility in ('ALL_PARTICIPANTS', 'OWN_AUTHORITY')),
    author_authority varchar(30),
    author           varchar(100)  not null,
    written_at       timestamptz   not null,
    confided         boolean       not null,
    release          jsonb,
    check (not confided or author_authority = 'JUGENDAMT')
);
create index case_note_case on case_note (case_id, written_at);

create table referral (
    id                uuid         primary key,
    case_id           uuid         not null references case_file on delete cascade,
    offer_id          uuid         not null,
    offer_title       varchar(300),
    member_id         uuid         not null,
    need_id           uuid,
    category          varchar(30)  not null,
    status            varchar(12)  not null check (status in ('REQUESTED', 'ACCEPTED', 'WAITLISTED', 'DECLINED',
                                                              'STARTED', 'COMPLETED', 'DROPPED_OUT')),
    reason            varchar(500),
    waitlist_position integer,
    requested_at      timestamptz  not null,
    status_at         timestamptz  not null,
    status_version    bigint       not null
);
create index referral_case on referral (case_id);

-- Who changed what when, per case version (the values themselves stay in the case).
create table case_history (
    case_id  uuid         not null references case_file on delete cascade,
    version  bigint       not null,
    at       timestamptz  not null,
    actor    varchar(100) not null,
    action   varchar(40)  not null,
    changes  jsonb        not null,
    primary key (case_id, version)
);

-- Every read and write of personal data, for the data-protection officer (no personal data itself).
create table audit_event (
    id               bigserial    primary key,
    at               timestamptz  not null,
    actor            varchar(100) not null,
    acting_authority varchar(30),
    case_id          uuid,
    action           varchar(40)  not null,
    detail           varchar(200)
);
create index audit_event_case on audit_event (case_id, at);
create index audit_event_actor on audit_event (actor, at);
create index audit_event_at on audit_event (at);

-- The views keep the last case state they applied, so a consent that expires with the date (no event)
-- can be applied without reading the case tables; next_change says when entitlements change next.
alter table authority_view_source
    add column state       jsonb,
    add column next_change date;
create index authority_view_source_next on authority_view_source (next_change) where next_change is not null;

-- Members keep their ids across changes of the household (needs and referrals name them), so a
-- reordering updates positions in place; the order is kept, uniqueness is not needed for it.
alter table household_member drop constraint household_member_case_id_position_key;
