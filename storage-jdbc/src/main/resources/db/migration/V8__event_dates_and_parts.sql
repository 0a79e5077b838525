-- Events as sources give them: dates that may be unknown or open-ended, "on or before" the day a
-- source reported the event, an event held as part of another, a series, and external ids.
--
-- start_date and end_date become nullable. MariaDB cannot drop a NOT NULL with the syntax H2 and
-- PostgreSQL share, so each column is copied into a new nullable one, dropped, and the new one
-- renamed: statements all three databases accept. first_day and last_day stay NOT NULL: they
-- hold the days an event MAY cover, from 1900-01-01 when its start is not known to 2200-12-31
-- when its end is not (EventDates.firstDay and lastDay), so that the period filters keep reading
-- one index range.
ALTER TABLE event ADD COLUMN start_known VARCHAR(10);
ALTER TABLE event ADD COLUMN end_known VARCHAR(10);
UPDATE event SET start_known = start_date, end_known = end_date;
ALTER TABLE event DROP COLUMN start_date;
ALTER TABLE event DROP COLUMN end_date;
ALTER TABLE event RENAME COLUMN start_known TO start_date;
ALTER TABLE event RENAME COLUMN end_known TO end_date;
-- The day a source reported the event, when that is all that is known of its date.
ALTER TABLE event ADD COLUMN on_or_before DATE;
-- The event this one is part of (a session of a conference); one level only (EventService).
ALTER TABLE event ADD COLUMN part_of CHAR(36);
-- The series it is an edition of: a code, compared as stored (lower case), and its name.
ALTER TABLE event ADD COLUMN series_code VARCHAR(64);
ALTER TABLE event ADD COLUMN series_name VARCHAR(500);
ALTER TABLE event ADD CONSTRAINT event_dates_known_ck CHECK (
  (start_date IS NOT NULL OR end_date IS NULL)
  AND (on_or_before IS NULL OR start_date IS NULL));
ALTER TABLE event ADD CONSTRAINT event_series_ck CHECK (
  series_code IS NOT NULL OR series_name IS NULL);
-- No cascade: an event with parts cannot be deleted (StillReferencedException).
ALTER TABLE event ADD CONSTRAINT event_part_of_fk FOREIGN KEY (part_of) REFERENCES event (id);
CREATE INDEX event_part_of_ix ON event (part_of);
CREATE INDEX event_series_ix ON event (series_code, first_day, id);

-- External ids, as projects and organisations keep them (V1, V3). Its foreign key and, on
-- MariaDB, its collation come in the vendor scripts V8_1: MariaDB needs the table converted to
-- the binary collation before a key can refer to event.id.
CREATE TABLE event_external_id (
  event_id CHAR(36)     NOT NULL,
  position INT          NOT NULL,
  scheme   VARCHAR(200) NOT NULL,
  id_value VARCHAR(200) NOT NULL,
  CONSTRAINT event_external_id_pk PRIMARY KEY (event_id, position),
  CONSTRAINT event_external_id_position_ck CHECK (position >= 0)
);
CREATE INDEX event_external_id_value_ix ON event_external_id (scheme, id_value, event_id);
