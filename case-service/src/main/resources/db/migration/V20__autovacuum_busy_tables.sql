-- Tables rewritten on every change of a case (a view's source and entry, a person's search terms, the number
-- counter): vacuumed after a thousand dead rows rather than after a fifth of the table (TableHealth vacuums them
-- where the server's autovacuum is off).
alter table authority_view_source set (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_threshold = 1000);
alter table authority_view_case set (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_threshold = 1000);
alter table member_search_term set (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_threshold = 1000);
alter table case_number_counter set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 200);
alter table case_file set (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_threshold = 1000);
