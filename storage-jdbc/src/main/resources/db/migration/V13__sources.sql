-- Sources and where facts come from (provenance).
--
-- source holds the documents and web pages that facts cite. fact_provenance holds one row per
-- fact that has provenance, keyed by the fact: the aggregate's kind (PROJECT, EVENT, CONTACT,
-- ORGANISATION), its id and the fact's path in it (FactPath). It lives apart from the aggregate
-- tables, so an aggregate's rows do not grow with its citations. fact_reported_value holds the
-- values sources reported for a fact; fact_source the sources a fact cites (value_position -1)
-- or one of its reported values cites (value_position = that value's position), each source's
-- row a reference to source, so a cited source cannot be deleted.
--
-- contested and sourced are derived from the rest (FactProvenance.isContested, isSourced) and
-- written with it, so the queries for conflicts and for facts without a source are one indexed
-- column each. Times are microseconds since 1970-01-01T00:00Z, as in change_history.
--
-- The foreign keys and the index of source.link come in the vendor scripts V13_1 (MariaDB must
-- convert the collation first, and can index only a prefix of a long column).

CREATE TABLE source (
  id             CHAR(36)      NOT NULL,
  link           VARCHAR(2000) NOT NULL,
  title          VARCHAR(500)  NOT NULL,
  publisher      VARCHAR(300),
  source_kind    VARCHAR(16)   NOT NULL,
  speaks_for     VARCHAR(10),
  read_on        DATE,
  version        BIGINT        NOT NULL,
  created_micros BIGINT        NOT NULL,
  updated_micros BIGINT        NOT NULL,
  CONSTRAINT source_pk PRIMARY KEY (id),
  CONSTRAINT source_kind_ck CHECK (
    source_kind IN ('DOCUMENT', 'WEB_PAGE', 'NEWS_ITEM', 'DATA_SET', 'OTHER')),
  CONSTRAINT source_version_ck CHECK (version >= 1)
);

CREATE TABLE fact_provenance (
  aggregate_kind  VARCHAR(16)  NOT NULL,
  aggregate_id    CHAR(36)     NOT NULL,
  fact_path       VARCHAR(200) NOT NULL,
  version         BIGINT       NOT NULL,
  updated_micros  BIGINT       NOT NULL,
  contested       BOOLEAN      NOT NULL,
  sourced         BOOLEAN      NOT NULL,
  adopted_value   VARCHAR(500),
  adoption_rule   VARCHAR(16),
  adopted_by      VARCHAR(200),
  adoption_reason VARCHAR(500),
  adopted_micros  BIGINT,
  CONSTRAINT fact_provenance_pk PRIMARY KEY (aggregate_kind, aggregate_id, fact_path),
  CONSTRAINT fact_provenance_kind_ck CHECK (
    aggregate_kind IN ('PROJECT', 'EVENT', 'CONTACT', 'ORGANISATION')),
  CONSTRAINT fact_provenance_rule_ck CHECK (
    adoption_rule IN ('CHOSEN', 'LATEST_SOURCE', 'MOST_SPECIFIC')),
  CONSTRAINT fact_provenance_version_ck CHECK (version >= 1)
);
CREATE INDEX fact_provenance_contested_ix ON fact_provenance (contested);
CREATE INDEX fact_provenance_sourced_ix ON fact_provenance (sourced);

CREATE TABLE fact_reported_value (
  aggregate_kind VARCHAR(16)  NOT NULL,
  aggregate_id   CHAR(36)     NOT NULL,
  fact_path      VARCHAR(200) NOT NULL,
  position       INT          NOT NULL,
  reported_value VARCHAR(500) NOT NULL,
  approximate    BOOLEAN      NOT NULL,
  note           VARCHAR(500),
  CONSTRAINT fact_reported_value_pk PRIMARY KEY (aggregate_kind, aggregate_id, fact_path, position),
  CONSTRAINT fact_reported_value_position_ck CHECK (position >= 0)
);

CREATE TABLE fact_source (
  aggregate_kind VARCHAR(16)  NOT NULL,
  aggregate_id   CHAR(36)     NOT NULL,
  fact_path      VARCHAR(200) NOT NULL,
  value_position INT          NOT NULL,
  position       INT          NOT NULL,
  source_id      CHAR(36)     NOT NULL,
  CONSTRAINT fact_source_pk PRIMARY KEY (aggregate_kind, aggregate_id, fact_path, value_position,
    position),
  CONSTRAINT fact_source_position_ck CHECK (position >= 0 AND value_position >= -1)
);
CREATE INDEX fact_source_source_ix ON fact_source (source_id);
