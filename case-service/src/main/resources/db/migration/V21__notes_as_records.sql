-- A case's notes leave its state on kim.cases.v1: each shared note is a record of its own (CaseEvents.NOTE), so a
-- change costs the same on a case with 500 notes as on one with 5.

-- The views keep the shared notes they consumed beside the case, one row per note, and add to each authority's view
-- those its categories cover when it is read. version: the case version the note was written or released in.
create table authority_view_note (
    case_id uuid   not null,
    note_id uuid   not null,
    version bigint not null,
    note    jsonb  not null,
    primary key (case_id, note_id)
);

insert into authority_view_note (case_id, note_id, version, note)
select s.case_id, (n.note ->> 'id')::uuid, s.version, n.note
  from authority_view_source s, jsonb_array_elements(s.state -> 'notes') as n(note)
 where s.state is not null
on conflict do nothing;

update authority_view_source set state = jsonb_set(state, '{notes}', '[]'::jsonb) where state ? 'notes';
update authority_view_case set data = data - 'notes' where data ? 'notes';

-- Every case once more on the topic as it is published now: its state without notes and each shared note on its own,
-- so compaction drops the older records that carried them all.
insert into case_republication (case_id) select id from case_file on conflict do nothing;
