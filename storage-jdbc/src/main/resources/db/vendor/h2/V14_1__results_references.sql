-- After V14: the foreign keys of the logframe tables (see V14; MariaDB's script converts first).
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
