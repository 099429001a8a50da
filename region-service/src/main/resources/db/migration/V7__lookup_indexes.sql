-- A sub-region's team is listed by sub-region (and a sub-region's deletion checks it); IndexedLookupsTest keeps every
-- reference indexed.
create index team_member_subregion on team_member (subregion_id);
