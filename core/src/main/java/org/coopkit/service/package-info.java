/**
 * The services host applications call, in the language of programme offices: create a project,
 * reschedule an event, give a contact a role. Get them from {@link org.coopkit.Coopkit}.
 *
 * <p>Every method runs in one storage transaction: it applies completely or not at all. Methods
 * that change an aggregate take the version the caller read (the {@code version()} of the value
 * passed in, or an {@code expectedVersion}) and fail with {@link
 * org.coopkit.error.ConflictException} when someone else wrote in between; they return the stored
 * result, with its new version and timestamps.
 *
 * @since 0.1.0
 */
@NullMarked
package org.coopkit.service;

import org.jspecify.annotations.NullMarked;
