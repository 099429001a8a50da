-- The history says who changed what in words: the actor's name and authority as they were at the time, and each change
-- with its old and new value (what the case management may read; never note texts). The field paths it held before
-- (members[<id>].lastName) said nothing to people and go; older entries keep their action, actor and time.
alter table case_history add column actor_name varchar(200);
alter table case_history add column actor_authority varchar(30);
alter table case_history add column details jsonb not null default '[]'::jsonb;
alter table case_history drop column changes;
