-- RV-3, one directory: a review nobody was named for is owned by an audience of notification-service (its contacts
-- resolve it), not by a member of a distribution list kept in review-service's configuration.
alter table review add column owner_audience varchar(100);
