-- Finding a case by a person's name, tolerant of spelling and transliteration (Mohammed / Muhammad): per member the
-- words of the name, lower case without accents, and their Cologne phonetic codes (prefixed with #). Derived from
-- household_member, rewritten with it; filled for existing members at start-up.
create table member_search_term (
    member_id uuid         not null references household_member on delete cascade,
    case_id   uuid         not null references case_file on delete cascade,
    term      varchar(110) not null,
    primary key (member_id, term)
);
create index member_search_term_term on member_search_term (term text_pattern_ops);
create index member_search_term_case on member_search_term (case_id);
