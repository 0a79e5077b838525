-- The foreign keys of V9's tables, as V2 has them for V1's. In a vendor script only because
-- MariaDB must change the new tables' collation first (see its V9_1); the statements are the same
-- on every database.
ALTER TABLE project_end_extension ADD CONSTRAINT project_end_extension_owner_fk
  FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE;
ALTER TABLE project_funding ADD CONSTRAINT project_funding_owner_fk
  FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE;
ALTER TABLE project_funding ADD CONSTRAINT project_funding_donor_fk
  FOREIGN KEY (donor_id) REFERENCES organisation (id);
ALTER TABLE project_budget ADD CONSTRAINT project_budget_owner_fk
  FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE;
ALTER TABLE project_sector ADD CONSTRAINT project_sector_owner_fk
  FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE;
ALTER TABLE project_policy_marker ADD CONSTRAINT project_policy_marker_owner_fk
  FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE;
