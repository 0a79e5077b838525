-- The participant figures sources reported for an event beside the adopted total
-- (Participation.reported): the figure with its qualifier, a one-line citation of the source and
-- the partial date it speaks for. Its foreign key and, on MariaDB, its collation come in the
-- vendor scripts V12_1, as for event_external_id (V8, V8_1).
CREATE TABLE event_reported_figure (
  event_id     CHAR(36)     NOT NULL,
  position     INT          NOT NULL,
  participants INT          NOT NULL,
  qualifier    VARCHAR(16)  NOT NULL,
  source       VARCHAR(500),
  reported_on  VARCHAR(10),
  CONSTRAINT event_reported_figure_pk PRIMARY KEY (event_id, position),
  CONSTRAINT event_reported_figure_position_ck CHECK (position >= 0),
  CONSTRAINT event_reported_figure_participants_ck CHECK (participants >= 0),
  CONSTRAINT event_reported_figure_qualifier_ck CHECK (
    qualifier IN ('EXACT', 'APPROXIMATELY', 'MORE_THAN', 'UP_TO', 'PLANNED'))
);
