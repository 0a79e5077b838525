-- Runs on H2 alone (Migrations picks the vendor folder from the connected database), after V1 and
-- before V2. H2 needs nothing of its own: its default collation compares strings by UTF-16 code
-- units, which equals code-point order for every sort key coopkit stores but those mixing
-- characters above U+FFFF with characters from U+E000 to U+FFFF (see the README).
-- Records which folder ran; a test checks it. Keeps this folder non-empty, as Flyway requires.
INSERT INTO coopkit_info (name, info_text) VALUES ('vendor', 'h2');
