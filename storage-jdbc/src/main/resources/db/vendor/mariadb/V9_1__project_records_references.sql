-- V9's tables in utf8mb4 with the binary no-pad collation, as V1_1 made V1's (see there), then
-- their foreign keys, as on the other databases: a foreign key needs the same collation on both
-- sides.
ALTER TABLE project_end_extension CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE project_funding CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE project_budget CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE project_sector CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE project_policy_marker CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
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
