-- Lookups that scanned whole tables: loading a case read every household member of every case (V7 dropped the only
-- index on household_member.case_id; the soak fell from 309 to 199 operations per second), a case's authority
-- views and the incoming transfers of a sub-region likewise. IndexedLookupsTest keeps every reference indexed.
create index household_member_case on household_member (case_id);
create index authority_view_case_case on authority_view_case (case_id);
create index case_file_transfer_to on case_file (transfer_to_subregion, transfer_requested_at)
    where transfer_to_subregion is not null;
