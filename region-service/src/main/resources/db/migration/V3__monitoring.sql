-- Small-area monitoring (Sozial- und Bildungsmonitoring): counts only. No names, birth dates or ids of people.

-- One row per cell of a measure: how many cases (needs, members, referrals…) share exactly these attributes.
-- Columns a measure does not use are null; "cell" is all of them in one canonical string, the upsert key.
create table monitoring_count (
    cell             varchar(400) primary key,
    measure          varchar(30)  not null,
    month            date,
    subregion        varchar(20)  not null,
    municipality_id  uuid         not null,
    quarter_id       uuid,
    accommodation_id uuid,
    phase            varchar(15),
    authority        varchar(30),
    need             varchar(30),
    gender           varchar(10),
    age_band         varchar(15),
    status           varchar(15),
    offer_id         uuid,
    count            bigint       not null check (count >= 0),
    -- for PHASE_REACHED: the days from opening summed over the counted cases (their average = days / count)
    days             bigint       not null default 0,
    -- the sum of the counted cases' record keys: the cell key that decides how the published count is perturbed
    key_sum          bigint       not null default 0
);
create index monitoring_count_measure on monitoring_count (measure, subregion, month);

-- What each source (a case, keyed by a one-way hash of its id) contributes to the counts, so that its next full
-- state replaces its contribution instead of adding to it. Holds cell keys and numbers, nothing about a person.
create table monitoring_source (
    source_key   varchar(64) primary key,
    version      bigint      not null,
    contribution jsonb       not null
);

-- The offers of the district (no personal data): their category and place decide gaps and course participation.
create table monitoring_offer (
    offer_id        uuid        primary key,
    version         bigint      not null,
    provider_id     uuid        not null,
    category        varchar(30) not null,
    status          varchar(10) not null,
    municipality_id uuid,
    quarter_id      uuid,
    capacity        integer
);
