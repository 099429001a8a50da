-- The monitoring's source rows and counts change with every fact of a case: vacuumed after a thousand dead rows
-- rather than after a fifth of the table (TableHealth vacuums them where the server's autovacuum is off).
alter table monitoring_source set (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_threshold = 1000);
alter table monitoring_count set (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_threshold = 1000);
