-- A project's records beyond 0.1: signature and launch dates, a duration in months, the history
-- of its end date's extensions, funding lines by donor, budget lines by year and basis, sectors
-- and policy markers. The new columns are nullable (a project stored before has none of them);
-- the new tables are lists of the project, with a position column like those of V1. Their foreign
-- keys come in the vendor scripts V9_1, after MariaDB has given the tables its binary collation
-- (see V1: MariaDB cannot change the collation of a column a foreign key uses, and a foreign key
-- needs the same collation on both sides).
--
-- ProjectDates.end() may be worked out from the start and the duration; active_until (V1) holds
-- its last day like any other end, so "active on a day" compares the same on every store. The
-- derived end itself is never stored.
ALTER TABLE project ADD COLUMN signed VARCHAR(10);
ALTER TABLE project ADD COLUMN launched VARCHAR(10);
ALTER TABLE project ADD COLUMN duration_months INT;
ALTER TABLE project ADD CONSTRAINT project_duration_ck CHECK (
  duration_months IS NULL OR (duration_months >= 1 AND duration_months <= 600));

CREATE TABLE project_end_extension (
  project_id   CHAR(36)     NOT NULL,
  position     INT          NOT NULL,
  previous_end VARCHAR(10)  NOT NULL,
  new_end      VARCHAR(10)  NOT NULL,
  decided      VARCHAR(10),
  note         VARCHAR(300),
  CONSTRAINT project_end_extension_pk PRIMARY KEY (project_id, position),
  CONSTRAINT project_end_extension_position_ck CHECK (position >= 0)
);

-- A line has an amount, a share or both; shares are percentages with two decimal places.
CREATE TABLE project_funding (
  project_id    CHAR(36)       NOT NULL,
  position      INT            NOT NULL,
  donor_id      CHAR(36)       NOT NULL,
  amount        DECIMAL(38, 8),
  currency      CHAR(3),
  share_percent DECIMAL(5, 2),
  funding_kind  VARCHAR(20)    NOT NULL,
  period_from   VARCHAR(10),
  period_until  VARCHAR(10),
  CONSTRAINT project_funding_pk PRIMARY KEY (project_id, position),
  CONSTRAINT project_funding_amount_ck CHECK ((amount IS NULL AND currency IS NULL)
    OR (amount >= 0 AND currency IS NOT NULL)),
  CONSTRAINT project_funding_given_ck CHECK (amount IS NOT NULL OR share_percent IS NOT NULL),
  CONSTRAINT project_funding_share_ck CHECK (share_percent IS NULL
    OR (share_percent > 0 AND share_percent <= 100)),
  CONSTRAINT project_funding_kind_ck CHECK (funding_kind IN ('CONTRIBUTION', 'GRANT', 'PLEDGE',
    'RECEIVED', 'OTHER')),
  CONSTRAINT project_funding_position_ck CHECK (position >= 0)
);
-- ProjectQuery's donor filter, and the check that a donor is no longer referred to.
CREATE INDEX project_funding_donor_ix ON project_funding (donor_id, project_id);

-- budget_year is null for a budget of the whole period.
CREATE TABLE project_budget (
  project_id    CHAR(36)       NOT NULL,
  position      INT            NOT NULL,
  amount        DECIMAL(38, 8) NOT NULL,
  currency      CHAR(3)        NOT NULL,
  budget_year   INT,
  budget_type   VARCHAR(20)    NOT NULL,
  budget_status VARCHAR(20)    NOT NULL,
  CONSTRAINT project_budget_pk PRIMARY KEY (project_id, position),
  CONSTRAINT project_budget_amount_ck CHECK (amount >= 0),
  CONSTRAINT project_budget_year_ck CHECK (budget_year IS NULL
    OR (budget_year >= 1900 AND budget_year <= 2200)),
  CONSTRAINT project_budget_type_ck CHECK (budget_type IN ('ORIGINAL', 'REVISED')),
  CONSTRAINT project_budget_status_ck CHECK (budget_status IN ('INDICATIVE', 'COMMITTED')),
  CONSTRAINT project_budget_position_ck CHECK (position >= 0)
);

CREATE TABLE project_sector (
  project_id  CHAR(36)      NOT NULL,
  position    INT           NOT NULL,
  vocabulary  VARCHAR(20)   NOT NULL,
  sector_code VARCHAR(10)   NOT NULL,
  percentage  DECIMAL(5, 2),
  CONSTRAINT project_sector_pk PRIMARY KEY (project_id, vocabulary, sector_code),
  CONSTRAINT project_sector_vocabulary_ck CHECK (vocabulary IN ('OECD_DAC_5', 'OECD_DAC_3')),
  CONSTRAINT project_sector_percentage_ck CHECK (percentage IS NULL
    OR (percentage > 0 AND percentage <= 100)),
  CONSTRAINT project_sector_position_ck CHECK (position >= 0)
);
-- ProjectQuery's sector filter.
CREATE INDEX project_sector_code_ix ON project_sector (sector_code, project_id);

CREATE TABLE project_policy_marker (
  project_id   CHAR(36)    NOT NULL,
  position     INT         NOT NULL,
  marker       VARCHAR(40) NOT NULL,
  significance VARCHAR(40) NOT NULL,
  CONSTRAINT project_policy_marker_pk PRIMARY KEY (project_id, marker),
  CONSTRAINT project_policy_marker_ck CHECK (marker IN ('GENDER_EQUALITY', 'ENVIRONMENT',
    'GOOD_GOVERNANCE', 'TRADE_DEVELOPMENT', 'BIODIVERSITY', 'CLIMATE_MITIGATION',
    'CLIMATE_ADAPTATION', 'DESERTIFICATION', 'RMNCH', 'DISASTER_RISK_REDUCTION', 'DISABILITY',
    'NUTRITION')),
  CONSTRAINT project_policy_significance_ck CHECK (significance IN ('NOT_TARGETED',
    'SIGNIFICANT_OBJECTIVE', 'PRINCIPAL_OBJECTIVE', 'PRINCIPAL_OBJECTIVE_AND_ACTION_PROGRAMME',
    'EXPLICIT_PRIMARY_OBJECTIVE')),
  CONSTRAINT project_policy_marker_position_ck CHECK (position >= 0)
);
