-- Sub-region codes may be up to 20 characters in the region-service.
alter table municipality_replica alter column subregion type varchar(20);
