-- Authorities taking part in a case (Beteiligungen) and what each may see (Einwilligungen or a
-- statutory basis). Both belong to the case aggregate: changing them is a change of the case.
create table participation (
    id             uuid         primary key,
    case_id        uuid         not null references case_file on delete cascade,
    authority      varchar(30)  not null check (authority ~ '^[A-Z][A-Z0-9_]*$'),
    contact        varchar(200),
    file_reference varchar(100),  -- the authority's Aktenzeichen
    since          date         not null,
    until          date,
    check (until is null or since <= until)
);
create index participation_case on participation (case_id);

create table consent (
    id                 uuid         primary key,
    case_id            uuid         not null references case_file on delete cascade,
    recipient_kind     varchar(10)  not null check (recipient_kind in ('AUTHORITY', 'PROVIDER')),
    recipient          varchar(50)  not null,
    categories         jsonb        not null,
    purpose            varchar(1000) not null,
    legal_basis        varchar(20)  not null check (legal_basis in ('CONSENT', 'STATUTORY_69')),
    justification      varchar(1000),
    document_reference varchar(200),
    granted_on         date         not null,
    valid_until        date,
    revoked_at         timestamptz,
    check (legal_basis <> 'CONSENT' or document_reference is not null),
    check (legal_basis <> 'STATUTORY_69' or justification is not null),
    check (valid_until is null or granted_on <= valid_until)
);
create index consent_case on consent (case_id);
