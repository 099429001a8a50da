-- When a case entered each phase: monitoring measures the time from opening to each phase and counts closures
-- per month from it. Cases that exist already start with their current phase at their opening (the best known).
create table case_phase_step (
    case_id   uuid        not null references case_file on delete cascade,
    position  integer     not null,
    phase     varchar(15) not null check (phase in ('ANKOMMEN', 'ORIENTIERUNG', 'EINGEWOEHNUNG', 'INTEGRATION',
                                                    'CLOSED')),
    since     timestamptz not null,
    primary key (case_id, position)
);

insert into case_phase_step (case_id, position, phase, since)
select id, 0, phase, opened_at from case_file;
