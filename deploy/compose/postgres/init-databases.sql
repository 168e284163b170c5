-- One database per service, each owned by its own role (the services never read each other's tables).
create role project_service login password 'project_service';
create role assist_service login password 'assist_service';
create role notify_service login password 'notify_service';
create database project_service owner project_service;
create database assist_service owner assist_service;
create database notify_service owner notify_service;
