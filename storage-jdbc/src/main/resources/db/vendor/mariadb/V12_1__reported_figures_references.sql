-- After V12: event_reported_figure gets the binary collation every table has (see V1_1), then its
-- foreign key, which MariaDB accepts only between columns of one collation.
ALTER TABLE event_reported_figure CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE event_reported_figure ADD CONSTRAINT event_reported_figure_owner_fk
  FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE;
