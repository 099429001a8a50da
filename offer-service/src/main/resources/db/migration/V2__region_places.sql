-- Local replica of the region-service's places (from kim.regions.v1): offers are located at a
-- contact point, a quarter or a municipality, and searched by sub-region, without reading the
-- region-service's database. Deleted places stay as marked rows so older states cannot return.
create table region_place (
    id              uuid        primary key,
    kind            varchar(20) not null check (kind in ('SUBREGION', 'MUNICIPALITY', 'QUARTER', 'CONTACT_POINT')),
    name            varchar(200),
    municipality_id uuid,        -- quarters and contact points: where they lie; municipalities: themselves
    quarter_id      uuid,        -- contact points in a quarter
    subregion       varchar(20), -- municipalities only: the sub-region code
    version         bigint      not null,
    deleted         boolean     not null default false
);

create index region_place_municipality on region_place (municipality_id) where not deleted;
