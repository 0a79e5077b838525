-- Finding an aggregate by an identifier of another system (ProjectQuery and OrganisationQuery's
-- external id filter, the services' findByExternalId and upsertByExternalId): one index range
-- each, as for the other lists of V1, (value, owner). Identifiers are not unique across
-- aggregates (the model allows two projects to carry one), so these indexes are not either.
-- On MariaDB the tables are utf8mb4 with a binary collation since V1_1: a value compares exactly,
-- as ExternalId.equals does; the key, at most (200 + 200 + 36) x 4 bytes, fits InnoDB's limit.

CREATE INDEX project_external_id_value_ix
  ON project_external_id (scheme, id_value, project_id);
CREATE INDEX organisation_external_id_value_ix
  ON organisation_external_id (scheme, id_value, organisation_id);
