-- A migration of a coopkit release after this one, staged by ReadReplicaTest on the primary alone
-- (the replica's replay paused), so that the replica's schema is a version behind the primary's.
CREATE TABLE later_release (id INTEGER PRIMARY KEY);
