-- When a case entered each phase: monitoring measures the time from opening to each phase and counts closures
-- per month from it. For cases that exist already only the current phase is known, since the last change of the
-- phase in the case history (or the opening, if it never changed): earlier phases are not made up.
create table case_phase_step (
    case_id   uuid        not null references case_file on delete cascade,
    position  integer     not null,
    phase     varchar(15) not null check (phase in ('ANKOMMEN', 'ORIENTIERUNG', 'EINGEWOEHNUNG', 'INTEGRATION',
                                                    'CLOSED')),
    since     timestamptz not null,
    primary key (case_id, position)
);

insert into case_phase_step (case_id, position, phase, since)
select c.id, 0, c.phase,
       coalesce((select max(h.at) from case_history h where h.case_id = c.id and h.changes @> '["phase"]'::jsonb),
                c.opened_at)
  from case_file c;
