-- How long an event may last, in classes, on the event and beside each of its days by country,
-- so that "events that may overlap a period" (in a country or anywhere) reads bounded index
-- ranges. An event of class c lasts at most SpanClass.longestDays(c) days after its first, so one
-- that may reach the period's first day starts at most that many days before it; class 4 has no
-- bound (long, open-ended or undated events) and is read from the first event on. 4 is the
-- default, which is always right: the vendor scripts then set each row's class from its days, as
-- the writers do.
ALTER TABLE event_reach ADD COLUMN span_class SMALLINT DEFAULT 4 NOT NULL;
ALTER TABLE event_reach ADD CONSTRAINT event_reach_span_class_ck CHECK (
  span_class BETWEEN 0 AND 4);
CREATE INDEX event_reach_span_ix ON event_reach (country, span_class, first_day, event_id);
ALTER TABLE event ADD COLUMN span_class SMALLINT DEFAULT 4 NOT NULL;
ALTER TABLE event ADD CONSTRAINT event_span_class_ck CHECK (span_class BETWEEN 0 AND 4);
CREATE INDEX event_span_ix ON event (span_class, first_day, id);
