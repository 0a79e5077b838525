/**
 * Upgrading from coopkit 0.1: a schema as 0.1's migrations left it, filled with rows as 0.1 wrote
 * them, opened by this coopkit, which migrates the rest of the way (see {@link
 * org.coopkit.storage.jdbc.upgrade.Release01Schema}).
 */
@NullMarked
package org.coopkit.storage.jdbc.upgrade;

import org.jspecify.annotations.NullMarked;
