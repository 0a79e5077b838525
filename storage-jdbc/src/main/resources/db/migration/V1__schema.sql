-- Placeholder schema: proves code generation and migration on H2, PostgreSQL and MariaDB.
-- The domain tables replace or extend it. One script runs on all three databases: keep to the
-- portable DDL rules (lower-case unquoted names, no identity columns, TIMESTAMP(6) in UTC,
-- indexes as separate statements, no case-dependent CHECKs, no names like value/key/order).
-- Vendor-only statements go to db/vendor/<h2|postgresql|mariadb>, in a version between the main
-- versions they depend on (V1_1 runs after V1 and before V2).

CREATE TABLE coopkit_info (
  name      VARCHAR(64)  NOT NULL PRIMARY KEY,
  info_text VARCHAR(500) NOT NULL
);
