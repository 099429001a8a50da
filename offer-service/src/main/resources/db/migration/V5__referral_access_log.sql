-- Who read or changed a referral's personal data (age, residence status, contact, note), when and why:
-- the offer-service's part of the audit the data-protection officer queries. Holds no personal data
-- itself; like the case-service's audit_event it is append-only for the application's role.
create table referral_access (
    id           bigint generated always as identity primary key,
    at           timestamptz  not null,
    actor        varchar(200) not null,
    provider     varchar(100),
    referral_id  uuid         not null,
    action       varchar(40)  not null,
    purpose      varchar(30)  not null check (purpose in ('PLACEMENT', 'EVENT_PROCESSING', 'RETENTION'))
);
create index referral_access_referral on referral_access (referral_id, at);
create index referral_access_actor on referral_access (actor, at);
create index referral_access_at on referral_access (at);

create function referral_access_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'referral_access is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger referral_access_append_only before update or delete or truncate on referral_access
    for each statement execute function referral_access_append_only();
