-- Runs on MariaDB alone (Migrations picks the vendor folder from the connected database), after
-- V1 and before V2 (which adds the foreign keys: MariaDB cannot change the collation of a column a
-- foreign key uses).
--
-- Every table, whatever the database's defaults (the storage engine must be InnoDB, MariaDB's
-- default: coopkit needs its transactions and foreign keys):
--   * utf8mb4 with the binary no-pad collation utf8mb4_nopad_bin: keys that differ in case or in
--     trailing spaces stay distinct (as on H2 and PostgreSQL), and sort keys compare by code
--     point, as coopkit's SearchText.compareKeys does;
--   * DATETIME(6) instead of TIMESTAMP(6): no conversion by the session's time zone (coopkit
--     stores UTC) and no year-2038 limit;
--   * LONGTEXT for search_text, which joins every language of every text of an aggregate and may
--     outgrow TEXT's 65,535 bytes.
-- A conversion to what a table has already is a no-op, so on a database created with utf8mb4 and
-- utf8mb4_nopad_bin (as the README advises) only the four aggregate tables are rebuilt.

ALTER TABLE coopkit_info CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE organisation CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin,
  MODIFY created_at DATETIME(6) NOT NULL,
  MODIFY updated_at DATETIME(6) NOT NULL,
  MODIFY search_text LONGTEXT NOT NULL;
ALTER TABLE organisation_text CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE organisation_link CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE organisation_external_id CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE project CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin,
  MODIFY created_at DATETIME(6) NOT NULL,
  MODIFY updated_at DATETIME(6) NOT NULL,
  MODIFY search_text LONGTEXT NOT NULL;
ALTER TABLE project_text CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE project_country CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE project_organisation CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE project_relation CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE project_link CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE project_external_id CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE component CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE component_text CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE event CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin,
  MODIFY created_at DATETIME(6) NOT NULL,
  MODIFY updated_at DATETIME(6) NOT NULL,
  MODIFY search_text LONGTEXT NOT NULL;
ALTER TABLE event_text CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE event_project CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE event_component CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE event_organiser CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE event_participation CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE event_topic CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE event_key_message CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE event_link CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE event_reach CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE contact CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin,
  MODIFY created_at DATETIME(6) NOT NULL,
  MODIFY updated_at DATETIME(6) NOT NULL;
ALTER TABLE contact_email CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE contact_phone CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE contact_language CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE contact_role CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

-- Records which folder ran; a test checks it.
INSERT INTO coopkit_info (name, info_text) VALUES ('vendor', 'mariadb');
