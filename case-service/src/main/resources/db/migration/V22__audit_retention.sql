-- The audit log is bounded (AuditRetention, kim.audit.kept-for): entries past their retention may be deleted, and
-- only those. Updates and truncation stay refused; a delete of an entry younger than a year is refused row by row,
-- whatever the application's configuration says, so its credentials cannot empty the log.
drop trigger audit_event_append_only on audit_event;
create trigger audit_event_append_only before update or truncate on audit_event
    for each statement execute function audit_event_append_only();

create function audit_event_expired_only() returns trigger language plpgsql as $$
begin
    if old.at >= now() - interval '1 year' then
        raise exception 'audit_event is append-only: entries younger than a year are kept'
            using errcode = 'insufficient_privilege';
    end if;
    return old;
end
$$;
create trigger audit_event_expired_only before delete on audit_event
    for each row execute function audit_event_expired_only();
