-- Topics keep the case their user wrote; searches compare their lower-case key. Every topic
-- stored before this migration was stored lower-cased, so its label is its key.
ALTER TABLE event_topic ADD COLUMN topic_key VARCHAR(500) DEFAULT '' NOT NULL;
UPDATE event_topic SET topic_key = topic;
CREATE INDEX event_topic_key_ix ON event_topic (topic_key, event_id);
-- The default served only to add the column to filled tables; a writer must give the key.
ALTER TABLE event_topic ALTER COLUMN topic_key DROP DEFAULT;
