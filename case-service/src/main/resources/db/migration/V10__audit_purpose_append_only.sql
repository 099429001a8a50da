-- Why personal data was read or changed (the purpose of the processing), and an audit log the
-- application cannot rewrite: no update, delete or truncate through its role (production should also
-- let another role own the table, so the trigger cannot be dropped with the application's credentials).
alter table audit_event add column purpose varchar(30);
update audit_event
   set purpose = case when acting_authority is not null then 'AUTHORITY_VIEW'
                      when actor like 'system:%' then 'EVENT_PROCESSING'
                      else 'CASE_MANAGEMENT' end;
alter table audit_event alter column purpose set not null;
-- Never written: the purpose says why.
alter table audit_event drop column detail;

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_event_append_only before update or delete or truncate on audit_event
    for each statement execute function audit_event_append_only();
