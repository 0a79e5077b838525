package org.coopkit.testsupport;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The personal data of one test person, and where it may show up: an e-mail address, a phone number
 * in any formatting, and the person's names. Finds them in captured output, in messages and in the
 * values an object holds.
 *
 * <pre>{@code
 * Contact stored = contacts.create(contactWith(PersonalDataLeaks.EMAIL));
 * assertThat(PersonalDataLeaks.in("the log", capture.text())).isEmpty();
 * assertThat(PersonalDataLeaks.in("the stored contact", PersonalDataLeaks.held(stored))).isNotEmpty();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PersonalDataLeaks {
  /** The person's e-mail address. */
  public static final String EMAIL = "marta.example@coe.example";

  /** The person's phone number, in E.164. */
  public static final String PHONE = "+37491234567";

  /** The person's name as shown. */
  public static final String DISPLAY_NAME = "Marta Exampleyan";

  /** The person's name as sorted. */
  public static final String SORT_NAME = "Exampleyan, Marta";

  private static final String SEPARATORS = "[\\s.\\-()/\\u00A0]{0,3}";
  private static final int CONTEXT = 40;

  /**
   * What gives the person away: the address or its local part in any case; the national number 91
   * 234 567 with any separators between its digits, which every form of the international one
   * contains ({@code +374 91 23-45.67}, {@code 0037491234567}…); the family name in any case.
   */
  private static final List<Pattern> PATTERNS =
      List.of(
          Pattern.compile(Pattern.quote(EMAIL), Pattern.CASE_INSENSITIVE),
          Pattern.compile(Pattern.quote("marta.example"), Pattern.CASE_INSENSITIVE),
          Pattern.compile(String.join(SEPARATORS, "9", "1", "2", "3", "4", "5", "6", "7")),
          Pattern.compile("exampleyan", Pattern.CASE_INSENSITIVE));

  private PersonalDataLeaks() {}

  /**
   * Where in {@code text} the person's data appears, with a little context.
   *
   * @param where what the text is, to name in each leak found
   * @param text the text to search
   * @return one line per leak, naming {@code where} and showing the leak in context; empty if the
   *     person's data appears nowhere
   */
  public static List<String> in(String where, String text) {
    List<String> leaks = new ArrayList<>();
    for (Pattern pattern : PATTERNS) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        int from = Math.max(0, m.start() - CONTEXT);
        int to = Math.min(text.length(), m.end() + CONTEXT);
        leaks.add(where + ": …" + text.substring(from, to).replace('\n', '⏎') + "…");
      }
    }
    return leaks;
  }

  /**
   * What an exception shows: its text, message and stack trace, causes and suppressed included.
   *
   * @param failure the exception
   * @return everything a log of {@code failure} could show, to search with {@link #in}
   */
  public static String shown(Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    return failure + "\n" + failure.getMessage() + "\n" + trace;
  }

  /**
   * Every value {@code object} holds, read down to strings, numbers, dates and the like: through
   * maps, iterables, optionals, record components and, for other classes in {@code org.coopkit.}
   * packages, their public no-argument accessors. Unlike {@code toString()}, which may shorten or
   * hide values, this shows personal data, so it finds what a store kept.
   *
   * @param object the value to read, or null
   * @return one line per value held, to search with {@link #in}; empty for null
   */
  public static String held(@Nullable Object object) {
    StringBuilder out = new StringBuilder();
    collect(object, out, 0);
    return out.toString();
  }

  private static void collect(@Nullable Object object, StringBuilder out, int depth) {
    if (object == null || depth > 20) {
      return;
    }
    if (object instanceof CharSequence
        || object instanceof Number
        || object instanceof Boolean
        || object instanceof Enum<?>
        || object instanceof TemporalAccessor
        || object instanceof UUID) {
      out.append(object).append('\n');
    } else if (object instanceof Map<?, ?> map) {
      map.forEach(
          (k, v) -> {
            collect(k, out, depth + 1);
            collect(v, out, depth + 1);
          });
    } else if (object instanceof Iterable<?> items) {
      items.forEach(item -> collect(item, out, depth + 1));
    } else if (object instanceof Optional<?> optional) {
      optional.ifPresent(value -> collect(value, out, depth + 1));
    } else if (object.getClass().isRecord()) {
      for (RecordComponent component : object.getClass().getRecordComponents()) {
        try {
          collect(component.getAccessor().invoke(object), out, depth + 1);
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("cannot read " + component, e);
        }
      }
    } else if (object.getClass().getPackageName().startsWith("org.coopkit.")
        && !object.getClass().isEnum()) {
      // coopkit's classes (the model's, localized texts included): every value, read through
      // their public accessors.
      for (Method accessor : object.getClass().getMethods()) {
        if (isAccessor(accessor)) {
          try {
            collect(accessor.invoke(object), out, depth + 1);
          } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor, e);
          }
        }
      }
    } else {
      out.append(object).append('\n');
    }
  }

  /** A public instance method of coopkit's that takes nothing and returns a value of it. */
  private static boolean isAccessor(Method method) {
    return !Modifier.isStatic(method.getModifiers())
        && method.getParameterCount() == 0
        && method.getReturnType() != void.class
        && method.getDeclaringClass() != Object.class
        && !method.getName().equals("toBuilder")
        && !method.getName().equals("toString")
        && !method.getName().equals("hashCode");
  }
}
