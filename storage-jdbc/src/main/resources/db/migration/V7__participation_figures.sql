-- Participation's figures beyond the total: how many countries, organisations and experts or
-- speakers took part, each with its qualifier, and a one-line note on the figures. All nullable:
-- an event stored before has none of them reported. One column per statement, which H2,
-- PostgreSQL and MariaDB all accept. In each CHECK, "IS NOT NULL" is spelt out: a null qualifier
-- would make "IN (...)" unknown, and a CHECK lets unknown pass.
ALTER TABLE event ADD COLUMN country_count INT;
ALTER TABLE event ADD COLUMN country_count_qualifier VARCHAR(20);
ALTER TABLE event ADD COLUMN organisation_count INT;
ALTER TABLE event ADD COLUMN organisation_count_qualifier VARCHAR(20);
ALTER TABLE event ADD COLUMN experts INT;
ALTER TABLE event ADD COLUMN experts_qualifier VARCHAR(20);
ALTER TABLE event ADD COLUMN participation_note VARCHAR(500);
ALTER TABLE event ADD CONSTRAINT event_country_count_ck CHECK (
  (country_count IS NULL AND country_count_qualifier IS NULL)
  OR (country_count >= 0 AND country_count_qualifier IS NOT NULL
    AND country_count_qualifier IN ('EXACT', 'APPROXIMATELY', 'MORE_THAN', 'UP_TO', 'PLANNED')));
ALTER TABLE event ADD CONSTRAINT event_organisation_count_ck CHECK (
  (organisation_count IS NULL AND organisation_count_qualifier IS NULL)
  OR (organisation_count >= 0 AND organisation_count_qualifier IS NOT NULL
    AND organisation_count_qualifier IN ('EXACT', 'APPROXIMATELY', 'MORE_THAN', 'UP_TO',
      'PLANNED')));
ALTER TABLE event ADD CONSTRAINT event_experts_ck CHECK (
  (experts IS NULL AND experts_qualifier IS NULL)
  OR (experts >= 0 AND experts_qualifier IS NOT NULL
    AND experts_qualifier IN ('EXACT', 'APPROXIMATELY', 'MORE_THAN', 'UP_TO', 'PLANNED')));
