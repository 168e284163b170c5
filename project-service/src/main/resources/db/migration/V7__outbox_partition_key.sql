-- The outbox is the chassis' now, shared with assist-service: the Kafka key gets its own column. A project's
-- events are keyed by the project itself, so rows already waiting keep their key.
alter table outbox_event add column partition_key varchar(64);
update outbox_event set partition_key = aggregate_id;
alter table outbox_event alter column partition_key set not null;
