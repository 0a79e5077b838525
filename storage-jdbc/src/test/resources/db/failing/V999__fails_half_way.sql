-- A migration that fails half way, for FailedMigrationTest only (never on the main class path):
-- it creates a table and fills a row, then refers to a table that does not exist. PostgreSQL rolls
-- all of it back; MariaDB cannot roll back DDL, so the table stays and Flyway records the failure.
CREATE TABLE half_way (id INT NOT NULL PRIMARY KEY);
INSERT INTO half_way (id) VALUES (1);
INSERT INTO no_such_table (id) VALUES (1);
