-- The sub-regions' KIM teams as the region-service published them (kim.regions.v1): the history names who changed a
-- case, and authorities and providers see whom to call (work phone and e-mail; staff data, not the household's).
create table staff_replica (
    id           uuid         primary key,
    subject      varchar(100),
    display_name varchar(100),
    phone        varchar(30),
    email        varchar(200),
    subregion    varchar(20),
    role         varchar(20),
    version      bigint       not null,
    deleted      boolean      not null
);
create index staff_replica_subject on staff_replica (subject);
