-- Offers (Angebote) along the support chain. Lists are small JSON arrays; the German title and
-- description are searchable with the German full-text configuration ("Sprachkurse" finds
-- "Sprachkurs").
create table offer (
    id                 uuid         primary key,
    provider_id        uuid         not null references provider,
    title              varchar(200) not null,
    description        text         not null,
    translations       jsonb        not null,
    category           varchar(30)  not null check (category in ('LANGUAGE_COURSE', 'INTEGRATION_COURSE',
                           'LITERACY', 'CHILDCARE', 'SCHOOL', 'COUNSELLING', 'WORK_TRAINING', 'HEALTH', 'HOUSING',
                           'LEISURE_SPORT', 'VOLUNTEERING', 'MEETING_PLACE')),
    field_of_action    varchar(3)   not null check (field_of_action ~ '^HF[1-6]$'),
    phases             jsonb        not null,
    target_groups      jsonb        not null,
    languages          jsonb        not null,
    municipality_id    uuid         not null,
    quarter_id         uuid,
    contact_point_id   uuid,
    street             varchar(100),
    postal_code        varchar(5)   check (postal_code ~ '^[0-9]{5}$'),
    city               varchar(100),
    schedule           jsonb        not null,
    starts_on          date,
    ends_on            date,
    capacity           integer      check (capacity > 0),
    min_age            integer      check (min_age between 0 and 120),
    max_age            integer      check (max_age between 0 and 120),
    genders            jsonb        not null,
    residence_statuses jsonb        not null,
    cost_euro          numeric(8, 2) check (cost_euro >= 0),
    cost_note          varchar(200),
    status             varchar(10)  not null check (status in ('DRAFT', 'ACTIVE', 'PAUSED', 'ENDED')),
    version            bigint       not null,
    search             tsvector     generated always as
                           (to_tsvector('german', title || ' ' || description)) stored,
    check (starts_on is null or ends_on is null or starts_on <= ends_on),
    check (min_age is null or max_age is null or min_age <= max_age)
);

create index offer_search on offer using gin (search);
create index offer_municipality on offer (municipality_id, status);
create index offer_provider on offer (provider_id);
create index offer_phases on offer using gin (phases);

-- The provider's key in staff tokens (claim "provider", e.g. caritas-lsw): provider staff manage
-- only their own provider's offers.
alter table provider add column code varchar(50) unique check (code ~ '^[a-z0-9][a-z0-9-]*$');
