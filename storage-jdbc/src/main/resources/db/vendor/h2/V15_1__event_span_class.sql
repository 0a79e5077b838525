-- After V15: each event's and event_reach row's span class from its days (the classes of
-- SpanClass), and the country index the span index replaces.
UPDATE event_reach SET span_class = CASE
  WHEN DATEDIFF(DAY, first_day, last_day) = 0 THEN 0
  WHEN DATEDIFF(DAY, first_day, last_day) <= 7 THEN 1
  WHEN DATEDIFF(DAY, first_day, last_day) <= 63 THEN 2
  WHEN DATEDIFF(DAY, first_day, last_day) <= 511 THEN 3
  ELSE 4 END;
UPDATE event SET span_class = CASE
  WHEN DATEDIFF(DAY, first_day, last_day) = 0 THEN 0
  WHEN DATEDIFF(DAY, first_day, last_day) <= 7 THEN 1
  WHEN DATEDIFF(DAY, first_day, last_day) <= 63 THEN 2
  WHEN DATEDIFF(DAY, first_day, last_day) <= 511 THEN 3
  ELSE 4 END;
DROP INDEX event_reach_country_ix;
