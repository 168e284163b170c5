-- The daily brief counts tickets, not events: a ticket resolved again after a reopen counts once a day.
alter table brief_fact add column ticket_id uuid;
