-- Runs after V10, as MariaDB's V10_1 does there (it gives V10's new tables MariaDB's binary
-- collation). This database needs nothing of its own: the script exists so that every database
-- ends at the same schema version. The statement changes nothing.
UPDATE coopkit_info SET info_text = info_text WHERE name = 'vendor';
