-- coopkit's tables, for H2, PostgreSQL and MariaDB alike.
--
-- Portable DDL rules (see the module README): lower-case unquoted names, unique across the schema;
-- ids made in Java and kept as CHAR(36) lower-case UUID text, whose text order is the unsigned
-- 128-bit order of the ids; TIMESTAMP(6) in UTC; no identity columns; indexes as separate
-- statements; CHECKs that do not depend on case; no names like value, key or order.
--
-- The order of the scripts:
--   V1   (this one)  tables, primary keys, checks, indexes;
--   V1_1 (db/vendor) what one database needs alone: MariaDB converts every table to utf8mb4 with
--                    the binary no-pad collation (and DATETIME(6), LONGTEXT), PostgreSQL gives the
--                    sort-key columns the "C" collation. MariaDB cannot change the collation of a
--                    column a foreign key uses, hence:
--   V2               the foreign keys.
--
-- Every list of an aggregate is a child table with a position column (0, 1, ...) that keeps the
-- list's order. Localized texts are rows (field, item, language tag, position, content) of one
-- text table per aggregate. The columns search_text, name_key and sort_key are computed in Java
-- from core's SearchText, so every adapter finds and orders the same things; a sort key is cut to
-- 600 characters so that an index on it fits every database.
--
-- CHECK constraints mirror the model's rules (enum values, date order, counts, versions). A new
-- enum constant in core needs a migration that widens its check.

CREATE TABLE coopkit_info (
  name      VARCHAR(64)  NOT NULL PRIMARY KEY,
  info_text VARCHAR(500) NOT NULL
);

-- Organisations ---------------------------------------------------------------------------------

CREATE TABLE organisation (
  id          CHAR(36)     NOT NULL,
  acronym     VARCHAR(64),
  org_type    VARCHAR(40)  NOT NULL,
  country     CHAR(2),
  parent_id   CHAR(36),
  sort_key    VARCHAR(600) NOT NULL,
  search_text TEXT         NOT NULL,
  version     BIGINT       NOT NULL,
  created_at  TIMESTAMP(6) NOT NULL,
  updated_at  TIMESTAMP(6) NOT NULL,
  CONSTRAINT organisation_pk PRIMARY KEY (id),
  CONSTRAINT organisation_type_ck CHECK (org_type IN ('INTERNATIONAL_ORGANISATION', 'GOVERNMENT',
    'PROSECUTION_SERVICE', 'LAW_ENFORCEMENT', 'JUDICIARY', 'NGO', 'PRIVATE_SECTOR', 'ACADEMIA',
    'OTHER')),
  CONSTRAINT organisation_parent_ck CHECK (parent_id <> id),
  CONSTRAINT organisation_version_ck CHECK (version >= 1),
  CONSTRAINT organisation_times_ck CHECK (updated_at >= created_at)
);
CREATE INDEX organisation_sort_ix ON organisation (sort_key, id);
CREATE INDEX organisation_parent_ix ON organisation (parent_id);
CREATE INDEX organisation_country_ix ON organisation (country);
CREATE INDEX organisation_type_ix ON organisation (org_type);

-- The name, one row per language.
CREATE TABLE organisation_text (
  organisation_id CHAR(36)     NOT NULL,
  lang            VARCHAR(255) NOT NULL,
  position        INT          NOT NULL,
  content         TEXT         NOT NULL,
  CONSTRAINT organisation_text_pk PRIMARY KEY (organisation_id, lang),
  CONSTRAINT organisation_text_position_ck CHECK (position >= 0)
);

CREATE TABLE organisation_link (
  organisation_id CHAR(36)      NOT NULL,
  position        INT           NOT NULL,
  uri             VARCHAR(2000) NOT NULL,
  title           VARCHAR(500),
  link_kind       VARCHAR(20)   NOT NULL,
  CONSTRAINT organisation_link_pk PRIMARY KEY (organisation_id, position),
  CONSTRAINT organisation_link_kind_ck CHECK (link_kind IN ('SOURCE', 'DOCUMENT', 'WEB_PAGE',
    'REPORT', 'MEDIA', 'OTHER')),
  CONSTRAINT organisation_link_position_ck CHECK (position >= 0)
);

CREATE TABLE organisation_external_id (
  organisation_id CHAR(36)     NOT NULL,
  position        INT          NOT NULL,
  scheme          VARCHAR(200) NOT NULL,
  id_value        VARCHAR(200) NOT NULL,
  CONSTRAINT organisation_external_id_pk PRIMARY KEY (organisation_id, position),
  CONSTRAINT organisation_external_id_position_ck CHECK (position >= 0)
);

-- Projects and their components -----------------------------------------------------------------

CREATE TABLE project (
  id                CHAR(36)       NOT NULL,
  code              VARCHAR(64)    NOT NULL,
  acronym           VARCHAR(64),
  status            VARCHAR(20)    NOT NULL,
  -- PartialDate in its ISO form (2011, 2011-05 or 2011-05-17).
  planned_start     VARCHAR(10),
  planned_end       VARCHAR(10),
  actual_start      VARCHAR(10),
  actual_end        VARCHAR(10),
  -- ProjectDates.start().earliest() and end().latest(): what "active on a day" compares.
  active_from       DATE,
  active_until      DATE,
  framework_code    VARCHAR(64),
  framework_acronym VARCHAR(64),
  budget_amount     DECIMAL(38, 8),
  budget_currency   CHAR(3),
  search_text       TEXT           NOT NULL,
  version           BIGINT         NOT NULL,
  created_at        TIMESTAMP(6)   NOT NULL,
  updated_at        TIMESTAMP(6)   NOT NULL,
  CONSTRAINT project_pk PRIMARY KEY (id),
  CONSTRAINT project_status_ck CHECK (status IN ('PIPELINE', 'IMPLEMENTATION', 'FINALISATION',
    'CLOSED', 'CANCELLED', 'SUSPENDED')),
  CONSTRAINT project_framework_ck CHECK (framework_code IS NOT NULL OR framework_acronym IS NULL),
  CONSTRAINT project_budget_ck CHECK ((budget_amount IS NULL AND budget_currency IS NULL)
    OR (budget_amount >= 0 AND budget_currency IS NOT NULL)),
  CONSTRAINT project_version_ck CHECK (version >= 1),
  CONSTRAINT project_times_ck CHECK (updated_at >= created_at)
);
CREATE UNIQUE INDEX project_code_ux ON project (code);
CREATE INDEX project_status_ix ON project (status);
CREATE INDEX project_framework_ix ON project (framework_code);

-- Title, summary, aims and the framework's name, one row per language.
CREATE TABLE project_text (
  project_id CHAR(36)     NOT NULL,
  field_name VARCHAR(20)  NOT NULL,
  lang       VARCHAR(255) NOT NULL,
  position   INT          NOT NULL,
  content    TEXT         NOT NULL,
  CONSTRAINT project_text_pk PRIMARY KEY (project_id, field_name, lang),
  CONSTRAINT project_text_field_ck CHECK (field_name IN ('TITLE', 'SUMMARY', 'AIMS',
    'FRAMEWORK_NAME')),
  CONSTRAINT project_text_position_ck CHECK (position >= 0)
);

CREATE TABLE project_country (
  project_id   CHAR(36)    NOT NULL,
  country      CHAR(2)     NOT NULL,
  position     INT         NOT NULL,
  country_role VARCHAR(20) NOT NULL,
  CONSTRAINT project_country_pk PRIMARY KEY (project_id, country),
  CONSTRAINT project_country_role_ck CHECK (country_role IN ('BENEFICIARY', 'PARTNER',
    'OBSERVER', 'OTHER')),
  CONSTRAINT project_country_position_ck CHECK (position >= 0)
);
CREATE INDEX project_country_country_ix ON project_country (country, project_id);

CREATE TABLE project_organisation (
  project_id      CHAR(36)    NOT NULL,
  organisation_id CHAR(36)    NOT NULL,
  org_role        VARCHAR(20) NOT NULL,
  position        INT         NOT NULL,
  CONSTRAINT project_organisation_pk PRIMARY KEY (project_id, organisation_id, org_role),
  CONSTRAINT project_organisation_role_ck CHECK (org_role IN ('FUNDING', 'ACCOUNTABLE',
    'EXTENDING', 'IMPLEMENTING')),
  CONSTRAINT project_organisation_position_ck CHECK (position >= 0)
);
CREATE INDEX project_organisation_org_ix ON project_organisation (organisation_id, project_id);

CREATE TABLE project_relation (
  project_id    CHAR(36)    NOT NULL,
  related_id    CHAR(36)    NOT NULL,
  relation_type VARCHAR(20) NOT NULL,
  position      INT         NOT NULL,
  CONSTRAINT project_relation_pk PRIMARY KEY (project_id, related_id),
  CONSTRAINT project_relation_type_ck CHECK (relation_type IN ('PARENT', 'CHILD', 'SIBLING',
    'PREDECESSOR', 'SUCCESSOR', 'RELATED')),
  CONSTRAINT project_relation_self_ck CHECK (related_id <> project_id),
  CONSTRAINT project_relation_position_ck CHECK (position >= 0)
);
CREATE INDEX project_relation_related_ix ON project_relation (related_id, project_id);

CREATE TABLE project_link (
  project_id CHAR(36)      NOT NULL,
  position   INT           NOT NULL,
  uri        VARCHAR(2000) NOT NULL,
  title      VARCHAR(500),
  link_kind  VARCHAR(20)   NOT NULL,
  CONSTRAINT project_link_pk PRIMARY KEY (project_id, position),
  CONSTRAINT project_link_kind_ck CHECK (link_kind IN ('SOURCE', 'DOCUMENT', 'WEB_PAGE',
    'REPORT', 'MEDIA', 'OTHER')),
  CONSTRAINT project_link_position_ck CHECK (position >= 0)
);

CREATE TABLE project_external_id (
  project_id CHAR(36)     NOT NULL,
  position   INT          NOT NULL,
  scheme     VARCHAR(200) NOT NULL,
  id_value   VARCHAR(200) NOT NULL,
  CONSTRAINT project_external_id_pk PRIMARY KEY (project_id, position),
  CONSTRAINT project_external_id_position_ck CHECK (position >= 0)
);

-- Component ids are unique across all projects: events refer to components by id alone. Codes
-- are unique within a project by the model's rule, not by an index, so that an update may swap
-- the codes of two components.
CREATE TABLE component (
  id         CHAR(36)    NOT NULL,
  project_id CHAR(36)    NOT NULL,
  position   INT         NOT NULL,
  code       VARCHAR(64),
  CONSTRAINT component_pk PRIMARY KEY (id),
  CONSTRAINT component_position_ck CHECK (position >= 0)
);
CREATE INDEX component_project_ix ON component (project_id, position);

-- Title, objective and expected results (item = the result's index), one row per language.
CREATE TABLE component_text (
  component_id CHAR(36)     NOT NULL,
  field_name   VARCHAR(20)  NOT NULL,
  item         INT          NOT NULL,
  lang         VARCHAR(255) NOT NULL,
  position     INT          NOT NULL,
  content      TEXT         NOT NULL,
  CONSTRAINT component_text_pk PRIMARY KEY (component_id, field_name, item, lang),
  CONSTRAINT component_text_field_ck CHECK (field_name IN ('TITLE', 'OBJECTIVE', 'RESULT')),
  CONSTRAINT component_text_item_ck CHECK (item >= 0),
  CONSTRAINT component_text_position_ck CHECK (position >= 0)
);

-- Events ----------------------------------------------------------------------------------------

CREATE TABLE event (
  id                     CHAR(36)     NOT NULL,
  event_type             VARCHAR(30)  NOT NULL,
  status                 VARCHAR(20)  NOT NULL,
  event_format           VARCHAR(20)  NOT NULL,
  -- EventDates: start and end as PartialDate ISO forms, the zone id, and the days they cover.
  start_date             VARCHAR(10)  NOT NULL,
  end_date               VARCHAR(10)  NOT NULL,
  time_zone              VARCHAR(64),
  first_day              DATE         NOT NULL,
  last_day               DATE         NOT NULL,
  -- No venue when all three are null (a venue names at least one of them).
  venue_name             VARCHAR(300),
  venue_city             VARCHAR(300),
  venue_country          CHAR(2),
  participants_total     INT,
  participants_qualifier VARCHAR(20),
  search_text            TEXT         NOT NULL,
  version                BIGINT       NOT NULL,
  created_at             TIMESTAMP(6) NOT NULL,
  updated_at             TIMESTAMP(6) NOT NULL,
  CONSTRAINT event_pk PRIMARY KEY (id),
  CONSTRAINT event_type_ck CHECK (event_type IN ('CONFERENCE', 'TRAINING', 'WORKSHOP', 'MEETING',
    'STEERING_COMMITTEE', 'ADVISORY_MISSION', 'STUDY_VISIT', 'ASSESSMENT', 'TABLE_TOP_EXERCISE',
    'LAUNCH', 'CLOSING', 'OTHER')),
  CONSTRAINT event_status_ck CHECK (status IN ('SCHEDULED', 'HELD', 'POSTPONED', 'CANCELLED',
    'MOVED_ONLINE')),
  CONSTRAINT event_format_ck CHECK (event_format IN ('IN_PERSON', 'ONLINE', 'HYBRID')),
  CONSTRAINT event_days_ck CHECK (last_day >= first_day),
  CONSTRAINT event_participants_ck CHECK (
    (participants_total IS NULL AND participants_qualifier IS NULL)
    OR (participants_total >= 0 AND participants_qualifier IS NOT NULL)),
  CONSTRAINT event_qualifier_ck CHECK (participants_qualifier IN ('EXACT', 'APPROXIMATELY',
    'MORE_THAN', 'UP_TO', 'PLANNED')),
  CONSTRAINT event_version_ck CHECK (version >= 1),
  CONSTRAINT event_times_ck CHECK (updated_at >= created_at)
);
CREATE INDEX event_first_day_ix ON event (first_day, id);
CREATE INDEX event_last_day_ix ON event (last_day, first_day);
CREATE INDEX event_type_ix ON event (event_type, first_day, id);
CREATE INDEX event_status_ix ON event (status, first_day, id);

-- Title, description and key messages (item = the message's index), one row per language.
CREATE TABLE event_text (
  event_id   CHAR(36)     NOT NULL,
  field_name VARCHAR(20)  NOT NULL,
  item       INT          NOT NULL,
  lang       VARCHAR(255) NOT NULL,
  position   INT          NOT NULL,
  content    TEXT         NOT NULL,
  CONSTRAINT event_text_pk PRIMARY KEY (event_id, field_name, item, lang),
  CONSTRAINT event_text_field_ck CHECK (field_name IN ('TITLE', 'DESCRIPTION', 'KEY_MESSAGE')),
  CONSTRAINT event_text_item_ck CHECK (item >= 0),
  CONSTRAINT event_text_position_ck CHECK (position >= 0)
);

CREATE TABLE event_project (
  event_id   CHAR(36) NOT NULL,
  project_id CHAR(36) NOT NULL,
  position   INT      NOT NULL,
  CONSTRAINT event_project_pk PRIMARY KEY (event_id, project_id),
  CONSTRAINT event_project_position_ck CHECK (position >= 0)
);
CREATE INDEX event_project_project_ix ON event_project (project_id, event_id);

CREATE TABLE event_component (
  event_id     CHAR(36) NOT NULL,
  component_id CHAR(36) NOT NULL,
  position     INT      NOT NULL,
  CONSTRAINT event_component_pk PRIMARY KEY (event_id, component_id),
  CONSTRAINT event_component_position_ck CHECK (position >= 0)
);
CREATE INDEX event_component_component_ix ON event_component (component_id, event_id);

CREATE TABLE event_organiser (
  event_id        CHAR(36)    NOT NULL,
  organisation_id CHAR(36)    NOT NULL,
  organiser_role  VARCHAR(20) NOT NULL,
  position        INT         NOT NULL,
  CONSTRAINT event_organiser_pk PRIMARY KEY (event_id, organisation_id, organiser_role),
  CONSTRAINT event_organiser_role_ck CHECK (organiser_role IN ('ORGANISER', 'CO_ORGANISER',
    'HOST', 'FUNDER')),
  CONSTRAINT event_organiser_position_ck CHECK (position >= 0)
);
CREATE INDEX event_organiser_org_ix ON event_organiser (organisation_id, event_id);

-- Participating countries, each with its own count if known.
CREATE TABLE event_participation (
  event_id     CHAR(36)    NOT NULL,
  country      CHAR(2)     NOT NULL,
  participants INT,
  qualifier    VARCHAR(20),
  CONSTRAINT event_participation_pk PRIMARY KEY (event_id, country),
  CONSTRAINT event_participation_count_ck CHECK (
    (participants IS NULL AND qualifier IS NULL)
    OR (participants >= 0 AND qualifier IS NOT NULL)),
  CONSTRAINT event_participation_qualifier_ck CHECK (qualifier IN ('EXACT', 'APPROXIMATELY',
    'MORE_THAN', 'UP_TO', 'PLANNED'))
);

CREATE TABLE event_topic (
  event_id CHAR(36)     NOT NULL,
  topic    VARCHAR(500) NOT NULL,
  position INT          NOT NULL,
  CONSTRAINT event_topic_pk PRIMARY KEY (event_id, topic),
  CONSTRAINT event_topic_position_ck CHECK (position >= 0)
);
CREATE INDEX event_topic_topic_ix ON event_topic (topic, event_id);

-- Key messages; their texts are event_text rows with field KEY_MESSAGE and item = position.
CREATE TABLE event_key_message (
  event_id CHAR(36) NOT NULL,
  position INT      NOT NULL,
  adopted  BOOLEAN  NOT NULL,
  CONSTRAINT event_key_message_pk PRIMARY KEY (event_id, position),
  CONSTRAINT event_key_message_position_ck CHECK (position >= 0)
);

CREATE TABLE event_link (
  event_id  CHAR(36)      NOT NULL,
  position  INT           NOT NULL,
  uri       VARCHAR(2000) NOT NULL,
  title     VARCHAR(500),
  link_kind VARCHAR(20)   NOT NULL,
  CONSTRAINT event_link_pk PRIMARY KEY (event_id, position),
  CONSTRAINT event_link_kind_ck CHECK (link_kind IN ('SOURCE', 'DOCUMENT', 'WEB_PAGE', 'REPORT',
    'MEDIA', 'OTHER')),
  CONSTRAINT event_link_position_ck CHECK (position >= 0)
);

-- Derived, for the country filter: one row per country the event is held in or has participants
-- from, with the event's days, so that "events in or with people from a country in a period"
-- reads one index range.
CREATE TABLE event_reach (
  event_id  CHAR(36) NOT NULL,
  country   CHAR(2)  NOT NULL,
  first_day DATE     NOT NULL,
  last_day  DATE     NOT NULL,
  CONSTRAINT event_reach_pk PRIMARY KEY (event_id, country),
  CONSTRAINT event_reach_days_ck CHECK (last_day >= first_day)
);
CREATE INDEX event_reach_country_ix ON event_reach (country, first_day, event_id);

-- Contacts --------------------------------------------------------------------------------------

CREATE TABLE contact (
  id              CHAR(36)     NOT NULL,
  display_name    VARCHAR(300) NOT NULL,
  sort_name       VARCHAR(300) NOT NULL,
  honorific       VARCHAR(64),
  job_title       VARCHAR(500),
  organisation_id CHAR(36),
  unit            VARCHAR(300),
  visibility      VARCHAR(10)  NOT NULL,
  -- SearchText.nameKey (name prefixes) and SearchText.sortKey.
  name_key        TEXT         NOT NULL,
  sort_key        VARCHAR(600) NOT NULL,
  version         BIGINT       NOT NULL,
  created_at      TIMESTAMP(6) NOT NULL,
  updated_at      TIMESTAMP(6) NOT NULL,
  CONSTRAINT contact_pk PRIMARY KEY (id),
  CONSTRAINT contact_visibility_ck CHECK (visibility IN ('PUBLIC', 'INTERNAL')),
  CONSTRAINT contact_version_ck CHECK (version >= 1),
  CONSTRAINT contact_times_ck CHECK (updated_at >= created_at)
);
CREATE INDEX contact_sort_ix ON contact (sort_key, id);
CREATE INDEX contact_organisation_ix ON contact (organisation_id);

CREATE TABLE contact_email (
  contact_id CHAR(36)     NOT NULL,
  position   INT          NOT NULL,
  address    VARCHAR(254) NOT NULL,
  CONSTRAINT contact_email_pk PRIMARY KEY (contact_id, position),
  CONSTRAINT contact_email_position_ck CHECK (position >= 0)
);

CREATE TABLE contact_phone (
  contact_id CHAR(36)    NOT NULL,
  position   INT         NOT NULL,
  phone      VARCHAR(16) NOT NULL,
  CONSTRAINT contact_phone_pk PRIMARY KEY (contact_id, position),
  CONSTRAINT contact_phone_position_ck CHECK (position >= 0)
);

CREATE TABLE contact_language (
  contact_id CHAR(36)     NOT NULL,
  position   INT          NOT NULL,
  lang       VARCHAR(255) NOT NULL,
  CONSTRAINT contact_language_pk PRIMARY KEY (contact_id, position),
  CONSTRAINT contact_language_position_ck CHECK (position >= 0)
);

-- Role ids are unique within their contact.
CREATE TABLE contact_role (
  contact_id      CHAR(36)     NOT NULL,
  id              CHAR(36)     NOT NULL,
  position        INT          NOT NULL,
  role_type       VARCHAR(30)  NOT NULL,
  title           VARCHAR(500),
  project_id      CHAR(36),
  organisation_id CHAR(36),
  country         CHAR(2),
  valid_from      DATE,
  valid_until     DATE,
  CONSTRAINT contact_role_pk PRIMARY KEY (contact_id, id),
  CONSTRAINT contact_role_type_ck CHECK (role_type IN ('EXECUTIVE_SECRETARY',
    'HEAD_OF_OPERATIONS', 'PROGRAMME_MANAGER', 'PROGRAMME_ASSISTANT', 'PROJECT_OFFICER',
    'FOCAL_POINT', 'CONTACT_POINT_24_7', 'EXPERT', 'TRAINER', 'OTHER')),
  CONSTRAINT contact_role_scope_ck CHECK (project_id IS NOT NULL OR organisation_id IS NOT NULL
    OR country IS NOT NULL),
  CONSTRAINT contact_role_point_ck CHECK (role_type <> 'CONTACT_POINT_24_7'
    OR country IS NOT NULL),
  CONSTRAINT contact_role_validity_ck CHECK (valid_from IS NULL OR valid_until IS NULL
    OR valid_until >= valid_from),
  CONSTRAINT contact_role_position_ck CHECK (position >= 0)
);
CREATE INDEX contact_role_project_ix ON contact_role (project_id, contact_id);
CREATE INDEX contact_role_org_ix ON contact_role (organisation_id, contact_id);
CREATE INDEX contact_role_country_ix ON contact_role (country, contact_id);
CREATE INDEX contact_role_type_ix ON contact_role (role_type, contact_id);
