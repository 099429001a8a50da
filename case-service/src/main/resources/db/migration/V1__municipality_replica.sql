-- Local replica of the region-service's municipalities (from kim.regions.v1): cases are validated
-- against it without reading another service's database.
create table municipality_replica (
    id        uuid         primary key,
    ags       varchar(8)   not null,
    name      varchar(100) not null,
    subregion varchar(10)  not null,
    version   bigint       not null  -- aggregate version of the last applied event
);
