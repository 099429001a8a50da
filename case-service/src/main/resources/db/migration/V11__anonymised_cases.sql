-- What is left of a case anonymised after its retention period (§ 84 SGB X): that it existed, where,
-- when it closed and when it was anonymised. Its audit entries keep pointing at the id.
create table anonymised_case (
    id             uuid        primary key,
    subregion      varchar(20) not null,
    closed_on      date        not null,
    anonymised_at  timestamptz not null
);
