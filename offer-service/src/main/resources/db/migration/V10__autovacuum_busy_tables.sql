-- Placements change with every answer to a referral: vacuumed after a thousand dead rows rather than after a fifth of
-- the table (TableHealth vacuums it where the server's autovacuum is off).
alter table placement set (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_threshold = 1000);
