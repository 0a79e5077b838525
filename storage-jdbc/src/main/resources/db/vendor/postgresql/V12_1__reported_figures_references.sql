-- After V12: the foreign key of event_reported_figure (see V12; MariaDB's script converts first).
ALTER TABLE event_reported_figure ADD CONSTRAINT event_reported_figure_owner_fk
  FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE;
