-- A project's status may be UNKNOWN when no source says where it stands.
ALTER TABLE project DROP CONSTRAINT project_status_ck;
ALTER TABLE project ADD CONSTRAINT project_status_ck CHECK (status IN ('PIPELINE',
  'IMPLEMENTATION', 'FINALISATION', 'CLOSED', 'CANCELLED', 'SUSPENDED', 'UNKNOWN'));
