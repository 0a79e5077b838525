-- Each project's logframe (results chain), stored whole like a project with its components: one
-- logframe row, and child rows keyed by the project and by positions in the logframe (a result's,
-- an indicator's within its result, a value's within its indicator). Every child table names the
-- project, so that a rewrite deletes the children of one logframe at once; their foreign keys to
-- the logframe (ON DELETE CASCADE) and the logframe's to its project come in the vendor scripts
-- V14_1, as for event_reported_figure (V12, V12_1). Links to components and events, and the
-- sources an actual value cites, hold ids only: the service checks components and events, and
-- sources are kept by another part of the schema.
CREATE TABLE logframe (
  project_id CHAR(36)     NOT NULL,
  version    BIGINT       NOT NULL,
  created_at TIMESTAMP(6) NOT NULL,
  updated_at TIMESTAMP(6) NOT NULL,
  CONSTRAINT logframe_pk PRIMARY KEY (project_id),
  CONSTRAINT logframe_version_ck CHECK (version >= 1),
  CONSTRAINT logframe_times_ck CHECK (updated_at >= created_at)
);

-- The results, in order: impact, outcomes, outputs.
CREATE TABLE logframe_result (
  project_id     CHAR(36)    NOT NULL,
  position       INT         NOT NULL,
  id             CHAR(36)    NOT NULL,
  result_level   VARCHAR(10) NOT NULL,
  contributes_to CHAR(36),
  CONSTRAINT logframe_result_pk PRIMARY KEY (project_id, position),
  CONSTRAINT logframe_result_position_ck CHECK (position >= 0),
  CONSTRAINT logframe_result_level_ck CHECK (result_level IN ('IMPACT', 'OUTCOME', 'OUTPUT'))
);

-- A result's components and the events that serve an output, each list in order.
CREATE TABLE logframe_link (
  project_id      CHAR(36)    NOT NULL,
  result_position INT         NOT NULL,
  link_kind       VARCHAR(10) NOT NULL,
  position        INT         NOT NULL,
  target_id       CHAR(36)    NOT NULL,
  CONSTRAINT logframe_link_pk PRIMARY KEY (project_id, result_position, link_kind, position),
  CONSTRAINT logframe_link_kind_ck CHECK (link_kind IN ('COMPONENT', 'EVENT'))
);
-- Finds the logframes an event serves (LogframeQuery.event).
CREATE INDEX logframe_link_target_ix ON logframe_link (target_id, link_kind);

-- The indicators of each result, in order; disaggregations as a comma-separated list of names.
CREATE TABLE logframe_indicator (
  project_id      CHAR(36)    NOT NULL,
  result_position INT         NOT NULL,
  position        INT         NOT NULL,
  id              CHAR(36)    NOT NULL,
  measure_kind    VARCHAR(12) NOT NULL,
  unit            VARCHAR(300),
  direction       VARCHAR(20) NOT NULL,
  disaggregations VARCHAR(40),
  computed_from   VARCHAR(20),
  CONSTRAINT logframe_indicator_pk PRIMARY KEY (project_id, result_position, position),
  CONSTRAINT logframe_indicator_kind_ck CHECK (
    measure_kind IN ('NUMBER', 'PERCENTAGE', 'YES_NO', 'SCALE')),
  CONSTRAINT logframe_indicator_direction_ck CHECK (
    direction IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
  CONSTRAINT logframe_indicator_computed_ck CHECK (
    computed_from IN ('PARTICIPANTS', 'COUNTRIES', 'EVENTS'))
);

-- Statements of results (indicator_position -1) and indicators, and the levels of a scale (item =
-- the level's position), one row per language.
CREATE TABLE logframe_text (
  project_id         CHAR(36)     NOT NULL,
  result_position    INT          NOT NULL,
  indicator_position INT          NOT NULL,
  field_name         VARCHAR(10)  NOT NULL,
  item               INT          NOT NULL,
  lang               VARCHAR(255) NOT NULL,
  position           INT          NOT NULL,
  content            TEXT         NOT NULL,
  CONSTRAINT logframe_text_pk PRIMARY KEY (
    project_id, result_position, indicator_position, field_name, item, lang),
  CONSTRAINT logframe_text_field_ck CHECK (field_name IN ('STATEMENT', 'LEVEL'))
);

-- Baselines, targets and actual values of each indicator, each list in order. A baseline has its
-- partial date (measured_on), a target and an actual value their period.
CREATE TABLE logframe_value (
  project_id         CHAR(36)      NOT NULL,
  result_position    INT           NOT NULL,
  indicator_position INT           NOT NULL,
  value_kind         VARCHAR(10)   NOT NULL,
  position           INT           NOT NULL,
  country            CHAR(2),
  sex                VARCHAR(10),
  organisation_type  VARCHAR(40),
  measured_on        VARCHAR(10),
  period_start       DATE,
  period_end         DATE,
  amount             DECIMAL(24, 6) NOT NULL,
  note               TEXT,
  CONSTRAINT logframe_value_pk PRIMARY KEY (
    project_id, result_position, indicator_position, value_kind, position),
  CONSTRAINT logframe_value_kind_ck CHECK (value_kind IN ('BASELINE', 'TARGET', 'ACTUAL')),
  CONSTRAINT logframe_value_sex_ck CHECK (sex IN ('FEMALE', 'MALE', 'OTHER'))
);

-- The sources each actual value cites, in order (value_position = the actual's position).
CREATE TABLE logframe_source (
  project_id         CHAR(36) NOT NULL,
  result_position    INT      NOT NULL,
  indicator_position INT      NOT NULL,
  value_position     INT      NOT NULL,
  position           INT      NOT NULL,
  source_id          CHAR(36) NOT NULL,
  CONSTRAINT logframe_source_pk PRIMARY KEY (
    project_id, result_position, indicator_position, value_position, position)
);
