-- Runs on MariaDB alone, after V10: the tables V10 creates get the binary no-pad collation every
-- coopkit table has (see V1_1), whatever the database's default, so identifiers and codes compare
-- exactly, as on H2 and PostgreSQL; then their foreign keys, which MariaDB accepts only between
-- columns of one collation. H2's and PostgreSQL's V10_1 add the same foreign keys.
ALTER TABLE contact_external_id CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE project_country_period CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE project_framework CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE project_framework_text CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE contact_external_id ADD CONSTRAINT contact_external_id_owner_fk
  FOREIGN KEY (contact_id) REFERENCES contact (id) ON DELETE CASCADE;
ALTER TABLE project_country_period ADD CONSTRAINT project_country_period_owner_fk
  FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE;
ALTER TABLE project_framework ADD CONSTRAINT project_framework_owner_fk
  FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE;
ALTER TABLE project_framework_text ADD CONSTRAINT project_framework_text_owner_fk
  FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE;
