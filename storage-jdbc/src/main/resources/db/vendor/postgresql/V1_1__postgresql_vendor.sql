-- Runs on postgresql alone (Migrations picks the vendor folder from the connected database).
-- Records which folder ran; a test checks it. Keeps this folder non-empty, as Flyway requires.
INSERT INTO coopkit_info (name, info_text) VALUES ('vendor', 'postgresql');
