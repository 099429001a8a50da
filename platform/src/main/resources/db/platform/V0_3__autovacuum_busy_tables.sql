-- The outbox is written and emptied all the time: left to the default (vacuum once a fifth of the table is dead), a
-- server let 126 493 dead rows pile up behind 122 live ones. Vacuum it after a thousand dead rows, whatever its size.
-- Where the server's autovacuum is off, TableHealth vacuums it instead.
alter table event_outbox set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000,
                              autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 1000);
-- Only ever appended to and, past its retention, deleted from in bulk.
alter table processed_event set (autovacuum_vacuum_insert_scale_factor = 0.05);
-- Its retention deletes by age: a BRIN index fits rows appended in time order, at almost no cost per insert.
create index processed_event_at on processed_event using brin (processed_at);
