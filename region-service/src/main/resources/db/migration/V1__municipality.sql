-- Municipalities (Kommunen) of the district, each in one KIM sub-region (Teilregion).
create table municipality (
    id        uuid         primary key,
    ags       varchar(8)   not null unique check (ags ~ '^[0-9]{8}$'),  -- Amtlicher Gemeindeschlüssel
    name      varchar(100) not null,
    subregion varchar(10)  not null check (subregion in ('NORD', 'MITTE', 'SUED')),
    version   bigint       not null
);

create index municipality_subregion on municipality (subregion, name);
