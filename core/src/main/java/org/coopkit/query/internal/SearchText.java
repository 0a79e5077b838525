package org.coopkit.query.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.KeyMessage;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.project.Project;
import org.jspecify.annotations.Nullable;

/**
 * The one definition of how text is matched and names are sorted, shared by the queries and every
 * store so that all of them find and order the same things: what each aggregate's free text is
 * ({@link #of(Event)} and its overloads), how a text is folded ({@link #fold(String)}), and how
 * folded texts and keys are compared, as {@link org.coopkit.query} tells users. Stores call it to
 * fill and search their search columns.
 *
 * <p>Not API: public for coopkit's own stores and contract kit, and may change in any release.
 */
public final class SearchText {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private SearchText() {}

  /**
   * Folds a text for matching: no accents, lower case, words separated by single spaces.
   *
   * @param text the text to fold
   * @return the folded text; empty for a blank one
   */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    String unmarked = MARKS.matcher(decomposed).replaceAll("");
    String lower = unmarked.toLowerCase(Locale.ROOT);
    return SEPARATORS.matcher(lower).replaceAll(" ").strip();
  }

  /**
   * All languages of a text, folded and joined.
   *
   * @param text the text, or {@code null}
   * @return the folded texts of all languages, separated by spaces; empty for {@code null}
   */
  public static String fold(@Nullable LocalizedText text) {
    return text == null
        ? ""
        : text.texts().values().stream().map(SearchText::fold).collect(Collectors.joining(" "));
  }

  /**
   * What a free-text event filter searches: titles, descriptions and key messages.
   *
   * @param event the event
   * @return the folded search text of the event
   */
  public static String of(Event event) {
    return Stream.concat(
            Stream.of(fold(event.title()), fold(event.description())),
            event.keyMessages().stream().map(KeyMessage::text).map(SearchText::fold))
        .filter(s -> !s.isEmpty())
        .collect(Collectors.joining(" "));
  }

  /**
   * What a free-text project filter searches: code, acronym, titles, summaries and aims.
   *
   * @param project the project
   * @return the folded search text of the project
   */
  public static String of(Project project) {
    return Stream.of(
            fold(project.code()),
            project.acronym() == null ? "" : fold(project.acronym()),
            fold(project.title()),
            fold(project.summary()),
            fold(project.aims()))
        .filter(s -> !s.isEmpty())
        .collect(Collectors.joining(" "));
  }

  /**
   * What a free-text organisation filter searches: all names and the acronym.
   *
   * @param organisation the organisation
   * @return the folded names and acronym, joined by spaces
   */
  public static String of(Organisation organisation) {
    String acronym = organisation.acronym();
    return fold(organisation.name()) + (acronym == null ? "" : " " + fold(acronym));
  }

  /**
   * What a name prefix is matched against: the folded display and sort names, each word preceded by
   * a space, so that {@code contains(" " + prefix)} finds word starts.
   *
   * @param contact the contact
   * @return the name key, starting with a space
   */
  public static String nameKey(Contact contact) {
    if (contact.nameWithheld()) {
      return " "; // the placeholder is no name: no prefix finds it
    }
    return " " + fold(contact.displayName()) + "  " + fold(contact.sortName());
  }

  /**
   * The key contacts are sorted by: the folded sort name.
   *
   * @param contact the contact
   * @return the folded sort name
   */
  public static String sortKey(Contact contact) {
    return fold(contact.sortName());
  }

  /**
   * Whether a folded needle occurs in a folded text; a blank needle matches everything.
   *
   * @param foldedText the folded text to search in
   * @param foldedNeedle the folded text to look for
   * @return {@code true} if the needle is blank or occurs in the text
   */
  public static boolean contains(String foldedText, String foldedNeedle) {
    return foldedText.contains(foldedNeedle);
  }

  /**
   * Whether a folded prefix starts a word of a {@link #nameKey}.
   *
   * @param nameKey a key made by {@link #nameKey(Contact)}
   * @param foldedPrefix the folded prefix
   * @return {@code true} if some word of the key starts with the prefix
   */
  public static boolean startsWord(String nameKey, String foldedPrefix) {
    return nameKey.contains(" " + foldedPrefix);
  }

  /**
   * Compares two keys by Unicode code points, the order binary collations use.
   *
   * @param a one key
   * @param b the other key
   * @return a negative number, zero or a positive number as {@code a} sorts before, with or after
   *     {@code b}
   */
  public static int compareKeys(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
