-- The district's organisation: sub-regions become data (more than Nord/Mitte/Süd can be added),
-- quarters, accommodations, contact points and staffing.

create table subregion (
    id      uuid         primary key,
    code    varchar(20)  not null unique check (code ~ '^[A-Z][A-Z0-9_]{0,19}$'),
    name    varchar(100) not null,
    version bigint       not null
);

-- Municipalities registered before sub-regions were data keep theirs (no demo data here).
insert into subregion (id, code, name, version)
select gen_random_uuid(), code, 'Teilregion ' || initcap(code), 0
  from (select distinct subregion as code from municipality) used;

alter table municipality add column subregion_id uuid references subregion;
update municipality m set subregion_id = s.id from subregion s where s.code = m.subregion;
alter table municipality alter column subregion_id set not null;
alter table municipality drop column subregion;
drop index if exists municipality_subregion;
create index municipality_subregion on municipality (subregion_id, name);

create table quarter (
    id              uuid         primary key,
    municipality_id uuid         not null references municipality,
    name            varchar(100) not null,
    kind            varchar(20)  not null check (kind in ('DISTRICT_PART', 'SOCIAL_AREA')),
    version         bigint       not null,
    unique (municipality_id, name)
);

create table accommodation (
    id              uuid         primary key,
    name            varchar(100) not null,
    municipality_id uuid         not null references municipality,
    quarter_id      uuid         references quarter,
    street          varchar(100) not null,
    postal_code     varchar(5)   not null check (postal_code ~ '^[0-9]{5}$'),
    city            varchar(100) not null,
    capacity        integer      not null check (capacity between 1 and 48),
    occupancy       integer      not null check (occupancy >= 0 and occupancy <= capacity),
    operator        varchar(200) not null,
    version         bigint       not null,
    unique (municipality_id, name)
);
create index accommodation_quarter on accommodation (quarter_id);

-- Lists and office hours are small value lists read and written with their contact point.
create table contact_point (
    id              uuid         primary key,
    name            varchar(100) not null,
    municipality_id uuid         not null references municipality,
    quarter_id      uuid         references quarter,
    street          varchar(100) not null,
    postal_code     varchar(5)   not null check (postal_code ~ '^[0-9]{5}$'),
    city            varchar(100) not null,
    operators       jsonb        not null,
    languages       jsonb        not null,
    services        jsonb        not null,
    office_hours    jsonb        not null,
    closures        jsonb        not null,
    version         bigint       not null,
    unique (municipality_id, name)
);
create index contact_point_quarter on contact_point (quarter_id);

create table post (
    id              uuid          primary key,
    municipality_id uuid          not null references municipality,
    role            varchar(30)   not null
                    check (role in ('CASE_MANAGEMENT', 'COORDINATION', 'IMMIGRATION_OFFICE_BRIDGE')),
    fte             numeric(5, 2) not null check (fte > 0 and fte <= 100),
    note            varchar(200),
    version         bigint        not null
);
create index post_municipality on post (municipality_id);

create table team_member (
    id           uuid         primary key,
    subject      varchar(100) not null,
    display_name varchar(100) not null,
    subregion_id uuid         not null references subregion,
    role         varchar(20)  not null check (role in ('COORDINATOR', 'CASE_MANAGER')),
    version      bigint       not null,
    unique (subject, subregion_id, role)
);
