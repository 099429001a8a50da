-- Providers (Träger) that run offers: the city, welfare organisations, associations, volunteers,
-- education providers.
create table provider (
    id            uuid         primary key,
    name          varchar(200) not null,
    kind          varchar(30)  not null check (kind in ('MUNICIPALITY', 'WELFARE_ORGANISATION', 'ASSOCIATION',
                                                        'VOLUNTEER_INITIATIVE', 'EDUCATION_PROVIDER')),
    contact_email varchar(254),
    contact_phone varchar(40),
    version       bigint       not null
);

create unique index provider_name on provider (lower(name));
