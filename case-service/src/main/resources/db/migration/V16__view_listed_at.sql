-- Authority staff meet the cases newest in their view first: when the case entered the view (kept while it stays).
alter table authority_view_case add column listed_at timestamptz not null default now();
create index authority_view_case_listed on authority_view_case (authority, listed_at desc);
