-- After V13: its tables get the binary collation every table has (see V1_1), then their foreign
-- keys, which MariaDB accepts only between columns of one collation, and the index of
-- source.link, on a prefix: a key of 2,000 characters exceeds InnoDB's limit.
ALTER TABLE source CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE fact_provenance CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE fact_reported_value CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE fact_source CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
ALTER TABLE fact_reported_value ADD CONSTRAINT fact_reported_value_owner_fk
  FOREIGN KEY (aggregate_kind, aggregate_id, fact_path)
  REFERENCES fact_provenance (aggregate_kind, aggregate_id, fact_path) ON DELETE CASCADE;
ALTER TABLE fact_source ADD CONSTRAINT fact_source_owner_fk
  FOREIGN KEY (aggregate_kind, aggregate_id, fact_path)
  REFERENCES fact_provenance (aggregate_kind, aggregate_id, fact_path) ON DELETE CASCADE;
ALTER TABLE fact_source ADD CONSTRAINT fact_source_source_fk
  FOREIGN KEY (source_id) REFERENCES source (id);
CREATE INDEX source_link_ix ON source (link(255));
