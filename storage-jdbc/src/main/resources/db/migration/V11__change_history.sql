-- The history of changes and the change feed.
--
-- change_history holds one row per change of an aggregate, change_field one row per field it
-- changed. feed_position orders the feed: it comes from the one row of change_feed_counter, which
-- a writing transaction updates as its last statement, so that the row's lock is held until the
-- commit and the next transaction gets its positions only after this one is visible. Positions
-- therefore increase in commit order, and a reader polling by position never passes over a change
-- that commits later (which a sequence, numbering at insert time, would allow).
--
-- An aggregate's history outlives it: no foreign key to the aggregate tables. Values are kept as
-- text; the values of personal fields are overwritten when the person is erased. changed_at is
-- microseconds since 1970-01-01T00:00Z: one portable column for every instant coopkit takes
-- (MariaDB's TIMESTAMP stops at 1970..2038, and DATETIME is MariaDB's alone).

CREATE TABLE change_feed_counter (
  counter_id    INT    NOT NULL,
  last_position BIGINT NOT NULL,
  CONSTRAINT change_feed_counter_pk PRIMARY KEY (counter_id),
  CONSTRAINT change_feed_counter_one_ck CHECK (counter_id = 1),
  CONSTRAINT change_feed_counter_position_ck CHECK (last_position >= 0)
);
INSERT INTO change_feed_counter (counter_id, last_position) VALUES (1, 0);

CREATE TABLE change_history (
  feed_position  BIGINT       NOT NULL,
  aggregate_kind VARCHAR(40)  NOT NULL,
  aggregate_id   CHAR(36)     NOT NULL,
  version        BIGINT       NOT NULL,
  change_kind    VARCHAR(10)  NOT NULL,
  changed_at     BIGINT       NOT NULL,
  actor          VARCHAR(200) NOT NULL,
  CONSTRAINT change_history_pk PRIMARY KEY (feed_position),
  CONSTRAINT change_history_kind_ck CHECK (change_kind IN ('CREATED', 'UPDATED', 'DELETED')),
  CONSTRAINT change_history_position_ck CHECK (feed_position >= 1)
);
CREATE INDEX change_history_aggregate_ix ON change_history (aggregate_id, aggregate_kind,
  feed_position);

CREATE TABLE change_field (
  feed_position BIGINT        NOT NULL,
  position      INT           NOT NULL,
  field_path    VARCHAR(1000) NOT NULL,
  old_text      TEXT,
  new_text      TEXT,
  personal      BOOLEAN       NOT NULL,
  CONSTRAINT change_field_pk PRIMARY KEY (feed_position, position),
  CONSTRAINT change_field_change_fk FOREIGN KEY (feed_position)
    REFERENCES change_history (feed_position)
);
