-- Cases (Fälle): one per person or household, numbered per sub-region and year without gaps.
create table case_number_counter (
    subregion   varchar(20) not null,
    year        integer     not null,
    last_number integer     not null,
    primary key (subregion, year)
);

create table case_file (
    id               uuid         primary key,
    number           varchar(40)  not null unique,
    subregion        varchar(20)  not null,
    municipality_id  uuid         not null,
    quarter_id       uuid,
    phase            varchar(15)  not null check (phase in ('ANKOMMEN', 'ORIENTIERUNG', 'EINGEWOEHNUNG',
                                                             'INTEGRATION', 'CLOSED')),
    closed_reason    varchar(200),
    case_manager     varchar(100) not null, -- identity-provider subject
    priority         varchar(10)  not null check (priority in ('LOW', 'NORMAL', 'HIGH')),
    next_review      date,
    opened_at        timestamptz  not null,
    version          bigint       not null,
    check ((phase = 'CLOSED') = (closed_reason is not null))
);
create index case_file_subregion on case_file (subregion, phase);

-- The people of the case's household: personal data, only ever shown to those the rules allow.
create table household_member (
    id                    uuid         primary key,
    case_id               uuid         not null references case_file on delete cascade,
    position              integer      not null,
    first_name            varchar(100) not null,
    last_name             varchar(100) not null,
    birth_date            date,
    gender                varchar(10),
    nationality           varchar(2),   -- ISO 3166-1 alpha-2
    languages             jsonb        not null, -- [{"code": "ar", "level": "C2"}]
    residence_status      varchar(30),
    residence_valid_until date,
    arrival_date          date,
    unique (case_id, position)
);
