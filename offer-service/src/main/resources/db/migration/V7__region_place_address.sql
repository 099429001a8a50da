-- Contact points' addresses, so an offer held there can say where to go without asking the
-- region-service (a replica, so no stricter than its source). Contact points replicated before
-- these columns existed get their address when the replica's consumer reads kim.regions.v1 again
-- from its start (it has a new consumer group for that): their versions are reset so that the
-- states read again are applied once more.
alter table region_place add column street varchar(200);
alter table region_place add column postal_code varchar(10);
alter table region_place add column city varchar(200);

update region_place set version = -1 where kind = 'CONTACT_POINT' and not deleted;
