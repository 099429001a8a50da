-- The access log is bounded (AuditTrailRetention, kim.audit.kept-for): entries past their retention may be deleted, and
-- only those. Updates and truncation stay refused; a delete of an entry younger than a year is refused row by row,
-- whatever the application's configuration says, so its credentials cannot empty the log.
drop trigger referral_access_append_only on referral_access;
create trigger referral_access_append_only before update or truncate on referral_access
    for each statement execute function referral_access_append_only();

create function referral_access_expired_only() returns trigger language plpgsql as $$
begin
    if old.at >= now() - interval '1 year' then
        raise exception 'referral_access is append-only: entries younger than a year are kept'
            using errcode = 'insufficient_privilege';
    end if;
    return old;
end
$$;
create trigger referral_access_expired_only before delete on referral_access
    for each row execute function referral_access_expired_only();
