package org.coopkit.model.source;

/**
 * What kind of document a {@link Source} is.
 *
 * @since 0.2.0
 */
public enum SourceKind {
  /** A document: a report, an agenda, a contract, a donor's record. */
  DOCUMENT,
  /** A web page, such as a project's or an event's page. */
  WEB_PAGE,
  /** A news item or a press release. */
  NEWS_ITEM,
  /** A data set or a register, such as an IATI activity file. */
  DATA_SET,
  /** Anything else: a message, a conversation's notes. */
  OTHER
}
