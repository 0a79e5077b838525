package org.coopkit.model.contact;

/**
 * Who may see a contact.
 *
 * @since 0.1.0
 */
public enum Visibility {
  /** Listed in public directories, e.g. the directory of 24/7 contact points. */
  PUBLIC,
  /** Known to the programme office only; never in a public directory. */
  INTERNAL
}
