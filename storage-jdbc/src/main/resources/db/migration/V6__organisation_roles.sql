-- Programme offices name organisation roles beyond IATI's four.
ALTER TABLE project_organisation DROP CONSTRAINT project_organisation_role_ck;
ALTER TABLE project_organisation ADD CONSTRAINT project_organisation_role_ck CHECK (org_role IN (
  'FUNDING', 'ACCOUNTABLE', 'EXTENDING', 'IMPLEMENTING', 'MENTOR', 'PLEDGING_PARTNER',
  'NATIONAL_COUNTERPART'));
