-- Referrals to offers as the provider side sees them (Vermittlungen): decided against eligibility,
-- status and capacity; started, completed or dropped out by provider staff. Person data is only
-- what the referral carried: a pseudonymous case reference, eligibility attributes and, with
-- consent, name and contact.
create table placement (
    referral_id      uuid         primary key,
    offer_id         uuid         not null references offer,
    case_reference   varchar(100) not null,
    requested_at     timestamptz  not null,
    age_years        integer,
    gender           varchar(10),
    residence_status varchar(30),
    contact_name     varchar(200),
    contact_phone    varchar(40),
    contact_email    varchar(254),
    note             varchar(1000),
    status           varchar(12)  not null check (status in ('ACCEPTED', 'WAITLISTED', 'DECLINED', 'STARTED',
                                                           'COMPLETED', 'DROPPED_OUT')),
    reason           varchar(200),
    version          bigint       not null
);

-- Capacity counts and waitlist order per offer.
create index placement_offer_status on placement (offer_id, status, requested_at);
