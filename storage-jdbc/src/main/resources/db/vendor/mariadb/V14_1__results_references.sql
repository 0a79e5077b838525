-- After V14: the logframe tables get the binary collation every table has (see V1_1), then their
-- foreign keys, which MariaDB accepts only between columns of one collation.
ALTER TABLE logframe CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE logframe_result CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE logframe_link CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE logframe_indicator CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE logframe_text CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE logframe_value CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE logframe_source CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE logframe ADD CONSTRAINT logframe_project_fk
  FOREIGN KEY (project_id) REFERENCES project (id);
ALTER TABLE logframe_result ADD CONSTRAINT logframe_result_owner_fk
  FOREIGN KEY (project_id) REFERENCES logframe (project_id) ON DELETE CASCADE;
ALTER TABLE logframe_link ADD CONSTRAINT logframe_link_owner_fk
  FOREIGN KEY (project_id) REFERENCES logframe (project_id) ON DELETE CASCADE;
ALTER TABLE logframe_indicator ADD CONSTRAINT logframe_indicator_owner_fk
  FOREIGN KEY (project_id) REFERENCES logframe (project_id) ON DELETE CASCADE;
ALTER TABLE logframe_text ADD CONSTRAINT logframe_text_owner_fk
  FOREIGN KEY (project_id) REFERENCES logframe (project_id) ON DELETE CASCADE;
ALTER TABLE logframe_value ADD CONSTRAINT logframe_value_owner_fk
  FOREIGN KEY (project_id) REFERENCES logframe (project_id) ON DELETE CASCADE;
ALTER TABLE logframe_source ADD CONSTRAINT logframe_source_owner_fk
  FOREIGN KEY (project_id) REFERENCES logframe (project_id) ON DELETE CASCADE;
