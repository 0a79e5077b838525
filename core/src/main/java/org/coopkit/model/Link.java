package org.coopkit.model;

import java.net.URI;
import java.net.URISyntaxException;
import org.coopkit.model.internal.Validator;
import org.coopkit.model.internal.WebAddresses;
import org.jspecify.annotations.Nullable;

/**
 * A web address with an optional title and what kind of resource it points to: the source a record
 * was taken from, a published report, a page about an event.
 *
 * @param uri an absolute {@code http} or {@code https} address of at most {@value Limits#URI}
 *     characters
 * @param title a short human-readable title, or {@code null}
 * @param kind what the address points to
 * @since 0.1.0
 */
public record Link(URI uri, @Nullable String title, Kind kind) {

  /**
   * What a link points to.
   *
   * @since 0.1.0
   */
  public enum Kind {
    /** Where the information in a record was taken from. */
    SOURCE,
    /** A document such as an agenda, a concept note or a contract. */
    DOCUMENT,
    /** A web page, e.g. a project's or an event's page. */
    WEB_PAGE,
    /** A report, evaluation or study. */
    REPORT,
    /** Photos, video or audio. */
    MEDIA,
    /** Anything else. */
    OTHER
  }

  /**
   * Checks the address and title; the title is stripped and put in Unicode NFC.
   *
   * @param uri the absolute {@code http} or {@code https} address
   * @param title a short title, or {@code null} for none
   * @param kind what the address points to
   * @throws org.coopkit.error.ValidationException if the address is missing, relative, not http(s),
   *     has no host, carries a user name or password, or is too long, the title is blank or too
   *     long, or the kind is missing
   */
  public Link {
    Validator v = Validator.of("Link");
    if (v.required(uri, "uri")) {
      WebAddresses.check(v, uri, "uri");
    }
    title = Validator.normalizeOrNull(title);
    v.optionalText(title, "title", Limits.TITLE);
    v.required(kind, "kind");
    v.throwIfInvalid();
  }

  /**
   * Returns an untitled link.
   *
   * @param uri the absolute {@code http} or {@code https} address, as text
   * @param kind what the address points to
   * @return a link without title
   * @throws org.coopkit.error.ValidationException if the address is malformed or breaks a rule of
   *     the constructor
   */
  public static Link of(String uri, Kind kind) {
    return of(uri, null, kind);
  }

  /**
   * Returns a link with the given title, or untitled if {@code title} is {@code null}.
   *
   * @param uri the absolute {@code http} or {@code https} address, as text
   * @param title a short title, or {@code null} for none
   * @param kind what the address points to
   * @return the link
   * @throws org.coopkit.error.ValidationException if the address is malformed or breaks a rule of
   *     the constructor, or the title is blank or too long
   */
  public static Link of(String uri, @Nullable String title, Kind kind) {
    Validator v = Validator.of("Link");
    URI parsed = null;
    if (v.required(uri, "uri")) {
      try {
        parsed = new URI(uri.strip());
      } catch (URISyntaxException e) {
        v.add("uri", "must be a well-formed URI", uri);
      }
    }
    if (!v.isValid()) {
      // Report the other fields too, as the constructor would have.
      v.optionalText(Validator.normalizeOrNull(title), "title", Limits.TITLE);
      v.required(kind, "kind");
      v.throwIfInvalid();
    }
    return new Link(parsed, title, kind);
  }
}
