-- After V13: the foreign keys of the provenance tables and the index of source.link (see V13;
-- MariaDB's script converts first and indexes a prefix).
ALTER TABLE fact_reported_value ADD CONSTRAINT fact_reported_value_owner_fk
  FOREIGN KEY (aggregate_kind, aggregate_id, fact_path)
  REFERENCES fact_provenance (aggregate_kind, aggregate_id, fact_path) ON DELETE CASCADE;
ALTER TABLE fact_source ADD CONSTRAINT fact_source_owner_fk
  FOREIGN KEY (aggregate_kind, aggregate_id, fact_path)
  REFERENCES fact_provenance (aggregate_kind, aggregate_id, fact_path) ON DELETE CASCADE;
ALTER TABLE fact_source ADD CONSTRAINT fact_source_source_fk
  FOREIGN KEY (source_id) REFERENCES source (id);
CREATE INDEX source_link_ix ON source (link);
