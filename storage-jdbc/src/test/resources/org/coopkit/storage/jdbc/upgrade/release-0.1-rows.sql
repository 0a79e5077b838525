-- Rows as coopkit 0.1 wrote them, into a schema at version 2 (V1, V1_1 and V2): the encodings of
-- 0.1's store, by hand. Ids are lower-case UUID text; enums their constant's name; partial dates
-- their ISO form beside the first and last day they cover; timestamps UTC; search_text, name_key
-- and sort_key folded as SearchText folds them (no accents, lower case, words split by one space);
-- topics lower-cased, as 0.1 stored every topic; event_reach the venue's and the participating
-- countries with the event's days.
--
-- Read by Release01Data, which splits the statements at a semicolon that ends a line: no value
-- here holds one. Search texts stay one literal each: MariaDB reads || as OR.

-- Organisations: the Council of Europe, and its Cybercrime Programme Office as a unit of it.

INSERT INTO organisation (id, acronym, org_type, country, parent_id, sort_key, search_text,
  version, created_at, updated_at)
VALUES ('018f0000-0000-7000-8000-000000000001', 'CoE', 'INTERNATIONAL_ORGANISATION', 'FR', NULL,
  'council of europe', 'council of europe conseil de l europe coe',
  1, TIMESTAMP '2017-03-01 09:00:00', TIMESTAMP '2017-03-01 09:00:00');
INSERT INTO organisation_text (organisation_id, lang, position, content)
VALUES ('018f0000-0000-7000-8000-000000000001', 'en', 0, 'Council of Europe');
INSERT INTO organisation_text (organisation_id, lang, position, content)
VALUES ('018f0000-0000-7000-8000-000000000001', 'fr', 1, 'Conseil de l''Europe');
INSERT INTO organisation_link (organisation_id, position, uri, title, link_kind)
VALUES ('018f0000-0000-7000-8000-000000000001', 0, 'https://www.coe.int/', NULL, 'WEB_PAGE');

INSERT INTO organisation (id, acronym, org_type, country, parent_id, sort_key, search_text,
  version, created_at, updated_at)
VALUES ('018f0000-0000-7000-8000-000000000002', 'C-PROC', 'INTERNATIONAL_ORGANISATION', 'RO',
  '018f0000-0000-7000-8000-000000000001', 'cybercrime programme office',
  'cybercrime programme office bureau du programme sur la cybercriminalite c proc',
  2, TIMESTAMP '2017-03-01 09:05:00', TIMESTAMP '2018-01-15 10:30:00.123456');
INSERT INTO organisation_text (organisation_id, lang, position, content)
VALUES ('018f0000-0000-7000-8000-000000000002', 'en', 0, 'Cybercrime Programme Office');
INSERT INTO organisation_text (organisation_id, lang, position, content)
VALUES ('018f0000-0000-7000-8000-000000000002', 'fr', 1,
  'Bureau du programme sur la cybercriminalité');
INSERT INTO organisation_external_id (organisation_id, position, scheme, id_value)
VALUES ('018f0000-0000-7000-8000-000000000002', 0, 'coe-entity', 'C-PROC/Bucharest');

-- Projects: Cybercrime@EaP, closed, and Cybercrime EAP II, which follows it.

INSERT INTO project (id, code, acronym, status, planned_start, planned_end, actual_start,
  actual_end, active_from, active_until, framework_code, framework_acronym, budget_amount,
  budget_currency, search_text, version, created_at, updated_at)
VALUES ('018f0000-0000-7000-8000-000000000101', 'cybercrime-eap', NULL, 'CLOSED', '2011-03',
  '2014-12', NULL, NULL, DATE '2011-03-01', DATE '2014-12-31', NULL, NULL, NULL, NULL,
  'cybercrime eap cybercrime eap', 1, TIMESTAMP '2017-04-03 08:00:00',
  TIMESTAMP '2017-04-03 08:00:00');
INSERT INTO project_text (project_id, field_name, lang, position, content)
VALUES ('018f0000-0000-7000-8000-000000000101', 'TITLE', 'en', 0, 'Cybercrime@EaP');

INSERT INTO project (id, code, acronym, status, planned_start, planned_end, actual_start,
  actual_end, active_from, active_until, framework_code, framework_acronym, budget_amount,
  budget_currency, search_text, version, created_at, updated_at)
VALUES ('018f0000-0000-7000-8000-000000000102', 'cybercrime-eap-ii', 'EAP II', 'IMPLEMENTATION',
  '2015', '2017-12', '2015-05-01', '2018-06', DATE '2015-05-01', DATE '2018-06-30', 'pgg',
  'PGG', 800000.00, 'EUR',
  'cybercrime eap ii eap ii cybercrime eap ii cybercriminalite pap ii international cooperation on cybercrime and electronic evidence in the eastern partnership better mutual legal assistance and stronger 24 7 contact points',
  3, TIMESTAMP '2017-04-03 08:15:00', TIMESTAMP '2018-02-01 16:45:30.5');
INSERT INTO project_text (project_id, field_name, lang, position, content)
VALUES ('018f0000-0000-7000-8000-000000000102', 'TITLE', 'en', 0, 'Cybercrime EAP II');
INSERT INTO project_text (project_id, field_name, lang, position, content)
VALUES ('018f0000-0000-7000-8000-000000000102', 'TITLE', 'fr', 1, 'Cybercriminalité PaP II');
INSERT INTO project_text (project_id, field_name, lang, position, content)
VALUES ('018f0000-0000-7000-8000-000000000102', 'SUMMARY', 'en', 0,
  'International cooperation on cybercrime and electronic evidence in the Eastern Partnership.');
INSERT INTO project_text (project_id, field_name, lang, position, content)
VALUES ('018f0000-0000-7000-8000-000000000102', 'AIMS', 'en', 0,
  'Better mutual legal assistance and stronger 24/7 contact points.');
INSERT INTO project_text (project_id, field_name, lang, position, content)
VALUES ('018f0000-0000-7000-8000-000000000102', 'FRAMEWORK_NAME', 'en', 0,
  'Partnership for Good Governance');
INSERT INTO project_country (project_id, country, position, country_role)
VALUES ('018f0000-0000-7000-8000-000000000102', 'AM', 0, 'BENEFICIARY');
INSERT INTO project_country (project_id, country, position, country_role)
VALUES ('018f0000-0000-7000-8000-000000000102', 'AZ', 1, 'BENEFICIARY');
INSERT INTO project_country (project_id, country, position, country_role)
VALUES ('018f0000-0000-7000-8000-000000000102', 'BY', 2, 'BENEFICIARY');
INSERT INTO project_country (project_id, country, position, country_role)
VALUES ('018f0000-0000-7000-8000-000000000102', 'GE', 3, 'BENEFICIARY');
INSERT INTO project_country (project_id, country, position, country_role)
VALUES ('018f0000-0000-7000-8000-000000000102', 'MD', 4, 'BENEFICIARY');
INSERT INTO project_country (project_id, country, position, country_role)
VALUES ('018f0000-0000-7000-8000-000000000102', 'UA', 5, 'BENEFICIARY');
INSERT INTO project_organisation (project_id, organisation_id, org_role, position)
VALUES ('018f0000-0000-7000-8000-000000000102', '018f0000-0000-7000-8000-000000000001',
  'ACCOUNTABLE', 0);
INSERT INTO project_organisation (project_id, organisation_id, org_role, position)
VALUES ('018f0000-0000-7000-8000-000000000102', '018f0000-0000-7000-8000-000000000002',
  'IMPLEMENTING', 1);
INSERT INTO project_relation (project_id, related_id, relation_type, position)
VALUES ('018f0000-0000-7000-8000-000000000102', '018f0000-0000-7000-8000-000000000101',
  'PREDECESSOR', 0);
INSERT INTO project_link (project_id, position, uri, title, link_kind)
VALUES ('018f0000-0000-7000-8000-000000000102', 0, 'https://www.coe.int/cybercrime',
  'Cybercrime EAP II', 'WEB_PAGE');
INSERT INTO project_external_id (project_id, position, scheme, id_value)
VALUES ('018f0000-0000-7000-8000-000000000102', 0, 'iati', 'XM-DAC-47066-EAP-II');
INSERT INTO project_external_id (project_id, position, scheme, id_value)
VALUES ('018f0000-0000-7000-8000-000000000102', 1, 'coe-project', '3271');
INSERT INTO component (id, project_id, position, code)
VALUES ('018f0000-0000-7000-8000-000000000201', '018f0000-0000-7000-8000-000000000102', 0, '1');
INSERT INTO component_text (component_id, field_name, item, lang, position, content)
VALUES ('018f0000-0000-7000-8000-000000000201', 'TITLE', 0, 'en', 0, 'Mutual legal assistance');
INSERT INTO component_text (component_id, field_name, item, lang, position, content)
VALUES ('018f0000-0000-7000-8000-000000000201', 'OBJECTIVE', 0, 'en', 0,
  'Faster mutual legal assistance on cybercrime and electronic evidence');
INSERT INTO component_text (component_id, field_name, item, lang, position, content)
VALUES ('018f0000-0000-7000-8000-000000000201', 'RESULT', 0, 'en', 0,
  'Procedures for mutual legal assistance reviewed');
INSERT INTO component_text (component_id, field_name, item, lang, position, content)
VALUES ('018f0000-0000-7000-8000-000000000201', 'RESULT', 1, 'en', 0,
  'Templates for requests agreed');
INSERT INTO component (id, project_id, position, code)
VALUES ('018f0000-0000-7000-8000-000000000202', '018f0000-0000-7000-8000-000000000102', 1, '2');
INSERT INTO component_text (component_id, field_name, item, lang, position, content)
VALUES ('018f0000-0000-7000-8000-000000000202', 'TITLE', 0, 'en', 0, '24/7 contact points');

-- An event: the regional conference in Baku, with its topics lower-cased.

INSERT INTO event (id, event_type, status, event_format, start_date, end_date, time_zone,
  first_day, last_day, venue_name, venue_city, venue_country, participants_total,
  participants_qualifier, search_text, version, created_at, updated_at)
VALUES ('018f0000-0000-7000-8000-000000000301', 'CONFERENCE', 'HELD', 'IN_PERSON', '2017-10-09',
  '2017-10-11', 'Asia/Baku', DATE '2017-10-09', DATE '2017-10-11', NULL, 'Baku', 'AZ', 93,
  'EXACT',
  'regional cybercrime conference prosecutors and investigators of the region on cybercrime and electronic evidence follow the money online with financial investigation units bring 24 7 points of contact and mutual legal assistance closer',
  2, TIMESTAMP '2017-10-12 07:00:00', TIMESTAMP '2017-10-20 12:00:00.000001');
INSERT INTO event_text (event_id, field_name, item, lang, position, content)
VALUES ('018f0000-0000-7000-8000-000000000301', 'TITLE', 0, 'en', 0,
  'Regional Cybercrime Conference');
INSERT INTO event_text (event_id, field_name, item, lang, position, content)
VALUES ('018f0000-0000-7000-8000-000000000301', 'DESCRIPTION', 0, 'en', 0,
  'Prosecutors and investigators of the region on cybercrime and electronic evidence.');
INSERT INTO event_text (event_id, field_name, item, lang, position, content)
VALUES ('018f0000-0000-7000-8000-000000000301', 'KEY_MESSAGE', 0, 'en', 0,
  'Follow the money online, with financial investigation units.');
INSERT INTO event_text (event_id, field_name, item, lang, position, content)
VALUES ('018f0000-0000-7000-8000-000000000301', 'KEY_MESSAGE', 1, 'en', 0,
  'Bring 24/7 points of contact and mutual legal assistance closer.');
INSERT INTO event_key_message (event_id, position, adopted)
VALUES ('018f0000-0000-7000-8000-000000000301', 0, TRUE);
INSERT INTO event_key_message (event_id, position, adopted)
VALUES ('018f0000-0000-7000-8000-000000000301', 1, FALSE);
INSERT INTO event_project (event_id, project_id, position)
VALUES ('018f0000-0000-7000-8000-000000000301', '018f0000-0000-7000-8000-000000000102', 0);
INSERT INTO event_component (event_id, component_id, position)
VALUES ('018f0000-0000-7000-8000-000000000301', '018f0000-0000-7000-8000-000000000201', 0);
INSERT INTO event_organiser (event_id, organisation_id, organiser_role, position)
VALUES ('018f0000-0000-7000-8000-000000000301', '018f0000-0000-7000-8000-000000000002',
  'ORGANISER', 0);
INSERT INTO event_participation (event_id, country, participants, qualifier)
VALUES ('018f0000-0000-7000-8000-000000000301', 'AZ', 40, 'APPROXIMATELY');
INSERT INTO event_participation (event_id, country, participants, qualifier)
VALUES ('018f0000-0000-7000-8000-000000000301', 'GE', 6, 'EXACT');
INSERT INTO event_participation (event_id, country, participants, qualifier)
VALUES ('018f0000-0000-7000-8000-000000000301', 'UA', NULL, NULL);
INSERT INTO event_topic (event_id, topic, position)
VALUES ('018f0000-0000-7000-8000-000000000301', 'electronic evidence', 0);
INSERT INTO event_topic (event_id, topic, position)
VALUES ('018f0000-0000-7000-8000-000000000301', 'darknet', 1);
INSERT INTO event_topic (event_id, topic, position)
VALUES ('018f0000-0000-7000-8000-000000000301', 'virtual currencies', 2);
INSERT INTO event_link (event_id, position, uri, title, link_kind)
VALUES ('018f0000-0000-7000-8000-000000000301', 0, 'https://www.coe.int/cybercrime', NULL,
  'REPORT');
INSERT INTO event_reach (event_id, country, first_day, last_day)
VALUES ('018f0000-0000-7000-8000-000000000301', 'AZ', DATE '2017-10-09', DATE '2017-10-11');
INSERT INTO event_reach (event_id, country, first_day, last_day)
VALUES ('018f0000-0000-7000-8000-000000000301', 'GE', DATE '2017-10-09', DATE '2017-10-11');
INSERT INTO event_reach (event_id, country, first_day, last_day)
VALUES ('018f0000-0000-7000-8000-000000000301', 'UA', DATE '2017-10-09', DATE '2017-10-11');

-- A contact (a made-up person) with a role in the project and an ended one in the office.

INSERT INTO contact (id, display_name, sort_name, honorific, job_title, organisation_id, unit,
  visibility, name_key, sort_key, version, created_at, updated_at)
VALUES ('018f0000-0000-7000-8000-000000000401', 'Erika Mustermann', 'Mustermann, Erika', 'Ms',
  'Programme Manager', '018f0000-0000-7000-8000-000000000002', 'Cybercrime Programme Office',
  'PUBLIC', ' erika mustermann  mustermann erika', 'mustermann erika', 1,
  TIMESTAMP '2017-05-02 10:00:00', TIMESTAMP '2017-05-02 10:00:00');
INSERT INTO contact_email (contact_id, position, address)
VALUES ('018f0000-0000-7000-8000-000000000401', 0, 'erika.mustermann@example.org');
INSERT INTO contact_phone (contact_id, position, phone)
VALUES ('018f0000-0000-7000-8000-000000000401', 0, '+40211234567');
INSERT INTO contact_language (contact_id, position, lang)
VALUES ('018f0000-0000-7000-8000-000000000401', 0, 'en');
INSERT INTO contact_language (contact_id, position, lang)
VALUES ('018f0000-0000-7000-8000-000000000401', 1, 'ro');
INSERT INTO contact_role (contact_id, id, position, role_type, title, project_id,
  organisation_id, country, valid_from, valid_until)
VALUES ('018f0000-0000-7000-8000-000000000401', '018f0000-0000-7000-8000-000000000501', 0,
  'PROGRAMME_MANAGER', 'Programme Manager, Cybercrime EAP II',
  '018f0000-0000-7000-8000-000000000102', NULL, NULL, DATE '2015-05-01', NULL);
INSERT INTO contact_role (contact_id, id, position, role_type, title, project_id,
  organisation_id, country, valid_from, valid_until)
VALUES ('018f0000-0000-7000-8000-000000000401', '018f0000-0000-7000-8000-000000000502', 1,
  'EXPERT', NULL, NULL, '018f0000-0000-7000-8000-000000000002', NULL, DATE '2014-01-01',
  DATE '2015-04-30');
