-- After V8: the foreign key of event_external_id (see V8; MariaDB's script converts first).
ALTER TABLE event_external_id ADD CONSTRAINT event_external_id_owner_fk
  FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE;
