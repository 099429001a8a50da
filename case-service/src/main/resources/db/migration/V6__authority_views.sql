-- Authority views: what each participating authority may see of a case, built only from the
-- events on kim.cases.v1 (as an agency system outside would build it), never from the case tables.
create table authority_view_source (
    case_id uuid   primary key,
    version bigint not null  -- the last case version applied to the views
);

create table authority_view_case (
    authority    varchar(30) not null,
    case_id      uuid        not null,
    case_version bigint      not null,
    number       varchar(40) not null,
    categories   jsonb       not null,
    data         jsonb       not null,
    primary key (authority, case_id)
);
