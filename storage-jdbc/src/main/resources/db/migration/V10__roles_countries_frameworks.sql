-- People, places and frameworks over time (coopkit 0.2).
--
-- The new tables' foreign keys come in V10_1, after MariaDB has given the tables its binary
-- collation (MariaDB cannot create a foreign key between columns of different collations), as V2
-- follows V1_1.
--
-- Roles: a role seen on a date (known only from a dated source) and the unit the person works in
-- for that role. A contact whose name is not public (a vacant or unnamed position) carries the
-- flag name_withheld; its names hold Contact.WITHHELD_NAME. One column per statement, which H2,
-- PostgreSQL and MariaDB all accept.
ALTER TABLE contact_role ADD COLUMN seen_on DATE;
ALTER TABLE contact_role ADD COLUMN unit VARCHAR(300);
ALTER TABLE contact_role ADD CONSTRAINT contact_role_seen_from_ck CHECK (seen_on IS NULL
  OR valid_from IS NULL OR seen_on >= valid_from);
ALTER TABLE contact_role ADD CONSTRAINT contact_role_seen_until_ck CHECK (seen_on IS NULL
  OR valid_until IS NULL OR seen_on <= valid_until);
ALTER TABLE contact ADD COLUMN name_withheld BOOLEAN DEFAULT FALSE NOT NULL;

-- Identifiers of a contact in other systems, as for projects and organisations (V1, V3). They
-- identify a person: erasure empties them, and the rows go with the contact.
CREATE TABLE contact_external_id (
  contact_id CHAR(36)     NOT NULL,
  position   INT          NOT NULL,
  scheme     VARCHAR(200) NOT NULL,
  id_value   VARCHAR(200) NOT NULL,
  CONSTRAINT contact_external_id_pk PRIMARY KEY (contact_id, position),
  CONSTRAINT contact_external_id_position_ck CHECK (position >= 0)
);
CREATE INDEX contact_external_id_value_ix
  ON contact_external_id (scheme, id_value, contact_id);

-- Participating countries over time. project_country's key (project, country) allowed a country
-- once; a country that left and came back is listed twice, with periods that do not overlap (the
-- model checks that), so the rows move to a table keyed by position. Each end of a period is a
-- PartialDate in its ISO form; from_day and until_day are its earliest and latest day, what "takes
-- part on a day" compares. A new table rather than a changed key: dropping a primary key is not
-- written alike on the three databases.
CREATE TABLE project_country_period (
  project_id   CHAR(36)     NOT NULL,
  position     INT          NOT NULL,
  country      CHAR(2)      NOT NULL,
  country_role VARCHAR(20)  NOT NULL,
  valid_from   VARCHAR(10),
  valid_until  VARCHAR(10),
  from_day     DATE,
  until_day    DATE,
  note         VARCHAR(500),
  CONSTRAINT project_country_period_pk PRIMARY KEY (project_id, position),
  CONSTRAINT project_country_period_role_ck CHECK (country_role IN ('BENEFICIARY', 'PARTNER',
    'OBSERVER', 'OTHER')),
  CONSTRAINT project_country_period_position_ck CHECK (position >= 0),
  CONSTRAINT project_country_period_days_ck CHECK (from_day IS NULL OR until_day IS NULL
    OR until_day >= from_day)
);
CREATE INDEX project_country_period_country_ix
  ON project_country_period (country, project_id);
INSERT INTO project_country_period (project_id, position, country, country_role)
  SELECT project_id, position, country, country_role FROM project_country;
DROP TABLE project_country;

-- Several frameworks per project, the primary one first. project.framework_code and
-- framework_acronym keep the primary framework's (written alike, so 0.1 readers and SQL reports
-- still see it); project_framework holds them all, and project_framework_text their names, one
-- row per language. The names 0.1 kept in project_text move here.
CREATE TABLE project_framework (
  project_id CHAR(36)    NOT NULL,
  position   INT         NOT NULL,
  code       VARCHAR(64) NOT NULL,
  acronym    VARCHAR(64),
  CONSTRAINT project_framework_pk PRIMARY KEY (project_id, position),
  CONSTRAINT project_framework_position_ck CHECK (position >= 0)
);
CREATE INDEX project_framework_code_ix ON project_framework (code, project_id);
CREATE TABLE project_framework_text (
  project_id         CHAR(36)     NOT NULL,
  framework_position INT          NOT NULL,
  lang               VARCHAR(255) NOT NULL,
  position           INT          NOT NULL,
  content            TEXT         NOT NULL,
  CONSTRAINT project_framework_text_pk PRIMARY KEY (project_id, framework_position, lang),
  CONSTRAINT project_framework_text_position_ck CHECK (position >= 0)
);
INSERT INTO project_framework (project_id, position, code, acronym)
  SELECT id, 0, framework_code, framework_acronym FROM project WHERE framework_code IS NOT NULL;
INSERT INTO project_framework_text (project_id, framework_position, lang, position, content)
  SELECT project_id, 0, lang, position, content FROM project_text
  WHERE field_name = 'FRAMEWORK_NAME';
DELETE FROM project_text WHERE field_name = 'FRAMEWORK_NAME';
