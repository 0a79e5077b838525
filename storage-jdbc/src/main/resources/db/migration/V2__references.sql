-- The foreign keys. They come after the vendor scripts V1_1, because MariaDB cannot change the
-- collation of a column that a foreign key uses (see V1).
--
-- A child row that belongs to its aggregate goes with it (ON DELETE CASCADE). A reference to
-- another aggregate has no cascade: deleting what is still referred to fails, and coopkit reports
-- it as StillReferencedException; inserting a reference to what does not exist fails, reported as
-- BrokenReferenceException. The checks are immediate, so within one transaction an aggregate is
-- written after the aggregates it refers to (as coopkit's services do).

-- Organisations.
ALTER TABLE organisation ADD CONSTRAINT organisation_parent_fk
  FOREIGN KEY (parent_id) REFERENCES organisation (id);
ALTER TABLE organisation_text ADD CONSTRAINT organisation_text_owner_fk
  FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE;
ALTER TABLE organisation_link ADD CONSTRAINT organisation_link_owner_fk
  FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE;
ALTER TABLE organisation_external_id ADD CONSTRAINT organisation_external_id_owner_fk
  FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE;

-- Projects.
ALTER TABLE project_text ADD CONSTRAINT project_text_owner_fk
  FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE;
ALTER TABLE project_country ADD CONSTRAINT project_country_owner_fk
  FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE;
ALTER TABLE project_organisation ADD CONSTRAINT project_organisation_owner_fk
  FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE;
ALTER TABLE project_organisation ADD CONSTRAINT project_organisation_org_fk
  FOREIGN KEY (organisation_id) REFERENCES organisation (id);
ALTER TABLE project_relation ADD CONSTRAINT project_relation_owner_fk
  FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE;
ALTER TABLE project_relation ADD CONSTRAINT project_relation_related_fk
  FOREIGN KEY (related_id) REFERENCES project (id);
ALTER TABLE project_link ADD CONSTRAINT project_link_owner_fk
  FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE;
ALTER TABLE project_external_id ADD CONSTRAINT project_external_id_owner_fk
  FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE;
ALTER TABLE component ADD CONSTRAINT component_owner_fk
  FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE;
ALTER TABLE component_text ADD CONSTRAINT component_text_owner_fk
  FOREIGN KEY (component_id) REFERENCES component (id) ON DELETE CASCADE;

-- Events.
ALTER TABLE event_text ADD CONSTRAINT event_text_owner_fk
  FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE;
ALTER TABLE event_project ADD CONSTRAINT event_project_owner_fk
  FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE;
ALTER TABLE event_project ADD CONSTRAINT event_project_project_fk
  FOREIGN KEY (project_id) REFERENCES project (id);
ALTER TABLE event_component ADD CONSTRAINT event_component_owner_fk
  FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE;
ALTER TABLE event_component ADD CONSTRAINT event_component_component_fk
  FOREIGN KEY (component_id) REFERENCES component (id);
ALTER TABLE event_organiser ADD CONSTRAINT event_organiser_owner_fk
  FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE;
ALTER TABLE event_organiser ADD CONSTRAINT event_organiser_org_fk
  FOREIGN KEY (organisation_id) REFERENCES organisation (id);
ALTER TABLE event_participation ADD CONSTRAINT event_participation_owner_fk
  FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE;
ALTER TABLE event_topic ADD CONSTRAINT event_topic_owner_fk
  FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE;
ALTER TABLE event_key_message ADD CONSTRAINT event_key_message_owner_fk
  FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE;
ALTER TABLE event_link ADD CONSTRAINT event_link_owner_fk
  FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE;
ALTER TABLE event_reach ADD CONSTRAINT event_reach_owner_fk
  FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE;

-- Contacts.
ALTER TABLE contact ADD CONSTRAINT contact_organisation_fk
  FOREIGN KEY (organisation_id) REFERENCES organisation (id);
ALTER TABLE contact_email ADD CONSTRAINT contact_email_owner_fk
  FOREIGN KEY (contact_id) REFERENCES contact (id) ON DELETE CASCADE;
ALTER TABLE contact_phone ADD CONSTRAINT contact_phone_owner_fk
  FOREIGN KEY (contact_id) REFERENCES contact (id) ON DELETE CASCADE;
ALTER TABLE contact_language ADD CONSTRAINT contact_language_owner_fk
  FOREIGN KEY (contact_id) REFERENCES contact (id) ON DELETE CASCADE;
ALTER TABLE contact_role ADD CONSTRAINT contact_role_owner_fk
  FOREIGN KEY (contact_id) REFERENCES contact (id) ON DELETE CASCADE;
ALTER TABLE contact_role ADD CONSTRAINT contact_role_project_fk
  FOREIGN KEY (project_id) REFERENCES project (id);
ALTER TABLE contact_role ADD CONSTRAINT contact_role_org_fk
  FOREIGN KEY (organisation_id) REFERENCES organisation (id);
