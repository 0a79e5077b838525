-- Runs after V10: the foreign keys of V10's new tables, which MariaDB's V10_1 adds after giving the
-- tables its binary collation. The same on every database.
ALTER TABLE contact_external_id ADD CONSTRAINT contact_external_id_owner_fk
  FOREIGN KEY (contact_id) REFERENCES contact (id) ON DELETE CASCADE;
ALTER TABLE project_country_period ADD CONSTRAINT project_country_period_owner_fk
  FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE;
ALTER TABLE project_framework ADD CONSTRAINT project_framework_owner_fk
  FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE;
ALTER TABLE project_framework_text ADD CONSTRAINT project_framework_text_owner_fk
  FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE;
