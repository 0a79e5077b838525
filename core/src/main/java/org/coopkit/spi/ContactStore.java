package org.coopkit.spi;

import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.ContactId;
import org.coopkit.query.ContactQuery;

/**
 * Stores contacts with their role assignments.
 *
 * @since 0.1.0
 */
public interface ContactStore extends AggregateStore<ContactId, Contact, ContactQuery> {}
