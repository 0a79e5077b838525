-- Runs on PostgreSQL alone (Migrations picks the vendor folder from the connected database), after
-- V1 and before V2.
--
-- The columns results are sorted by compare by code point, as coopkit's SearchText.compareKeys
-- does, whatever the database's collation: "C" compares the UTF-8 bytes, which is code-point
-- order (the database must use the UTF8 encoding). Free-text LIKE filters need no collation.
ALTER TABLE project ALTER COLUMN code TYPE VARCHAR(64) COLLATE "C";
ALTER TABLE organisation ALTER COLUMN sort_key TYPE VARCHAR(600) COLLATE "C";
ALTER TABLE contact ALTER COLUMN sort_key TYPE VARCHAR(600) COLLATE "C";

-- Records which folder ran; a test checks it.
INSERT INTO coopkit_info (name, info_text) VALUES ('vendor', 'postgresql');
