-- Hibernate binds the elements of these lists as varchar; array operators (@>) need the same element type.
alter table review alter column incident_ids type varchar(64)[];
alter table review alter column service_ids type varchar(200)[];
