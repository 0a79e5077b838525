package org.coopkit.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.coopkit.model.PersonalData;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.event.Event;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.project.Project;
import org.coopkit.query.Page;
import org.coopkit.query.SortDirection;
import org.coopkit.query.internal.ContactSearch;
import org.coopkit.query.internal.EventSearch;
import org.coopkit.query.internal.OrganisationSearch;
import org.coopkit.query.internal.ProjectSearch;
import org.coopkit.query.internal.SearchText;
import org.jspecify.annotations.Nullable;

/** Assertions and expectations the suites share. */
final class ContractAssertions {
  /** More pages than any test makes: a walk that gets this far is taken to loop. */
  static final int MAX_PAGES = 10_000;

  private static final int SHOWN = 300;

  private ContractAssertions() {}

  // What the services store.

  static Project created(Project given, Instant now) {
    return given.toBuilder().version(1).createdAt(now).updatedAt(now).build();
  }

  static Event created(Event given, Instant now) {
    return given.toBuilder().version(1).createdAt(now).updatedAt(now).build();
  }

  static Contact created(Contact given, Instant now) {
    return given.toBuilder().version(1).createdAt(now).updatedAt(now).build();
  }

  static Organisation created(Organisation given, Instant now) {
    return given.toBuilder().version(1).createdAt(now).updatedAt(now).build();
  }

  // Equality with readable failures.

  /**
   * Asserts that {@code actual} equals {@code expected}; on failure names the record components
   * that differ (without showing personal data).
   */
  static void assertSame(@Nullable Object actual, Object expected, String context) {
    if (Objects.equals(actual, expected)) {
      return;
    }
    fail(context + ": " + differences(actual, expected));
  }

  static String differences(@Nullable Object actual, Object expected) {
    if (actual == null) {
      return "expected " + shown(expected) + " but found nothing";
    }
    if (actual.getClass() != expected.getClass() || actual.getClass().isEnum()) {
      return "expected " + shown(expected) + " but was " + shown(actual);
    }
    List<String> differences = new ArrayList<>();
    for (Method accessor : accessors(actual.getClass())) {
      Object a = value(accessor, actual);
      Object e = value(accessor, expected);
      if (!Objects.equals(a, e)) {
        differences.add(
            accessor.isAnnotationPresent(PersonalData.class)
                ? accessor.getName() + " differs (personal data, not shown)"
                : accessor.getName() + ": expected " + shown(e) + " but was " + shown(a));
      }
    }
    if (differences.isEmpty()) {
      return "expected " + shown(expected) + " but was " + shown(actual);
    }
    return expected.getClass().getSimpleName() + " differs in " + String.join("; ", differences);
  }

  /**
   * The accessors of a value's parts, in declaration order: a record's components, or the methods
   * named as the instance fields of one of the model's final classes.
   */
  private static List<Method> accessors(Class<?> type) {
    List<Method> accessors = new ArrayList<>();
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        accessors.add(component.getAccessor());
      }
      return accessors;
    }
    for (Field field : type.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers())) {
        continue;
      }
      try {
        accessors.add(type.getMethod(field.getName()));
      } catch (NoSuchMethodException e) {
        // a field with no accessor is not a part of the value
      }
    }
    return accessors;
  }

  private static @Nullable Object value(Method accessor, Object value) {
    try {
      return accessor.invoke(value);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + accessor.getName(), e);
    }
  }

  private static String shown(@Nullable Object value) {
    String s = String.valueOf(value);
    return s.length() <= SHOWN ? s : s.substring(0, SHOWN) + "…";
  }

  // Orders.

  static Comparator<Event> eventOrder(SortDirection direction) {
    Comparator<Event> order =
        Comparator.comparing(EventSearch::sortKey, SearchText::compareKeys)
            .thenComparing(Event::id);
    return direction == SortDirection.ASCENDING ? order : order.reversed();
  }

  static Comparator<Project> projectOrder(SortDirection direction) {
    Comparator<Project> order =
        Comparator.comparing(ProjectSearch::sortKey, SearchText::compareKeys)
            .thenComparing(Project::id);
    return direction == SortDirection.ASCENDING ? order : order.reversed();
  }

  static Comparator<Contact> contactOrder(SortDirection direction) {
    Comparator<Contact> order =
        Comparator.comparing(ContactSearch::sortKey, SearchText::compareKeys)
            .thenComparing(Contact::id);
    return direction == SortDirection.ASCENDING ? order : order.reversed();
  }

  static Comparator<Organisation> organisationOrder(SortDirection direction) {
    Comparator<Organisation> order =
        Comparator.comparing(OrganisationSearch::sortKey, SearchText::compareKeys)
            .thenComparing(Organisation::id);
    return direction == SortDirection.ASCENDING ? order : order.reversed();
  }

  // Pages.

  /**
   * Walks every page of a query and returns the pages. Asserts that each page holds at most {@code
   * limit} items, that every page but the last is full and the last has no next cursor.
   */
  static <Q, T> List<Page<T>> pages(
      Q first, int limit, Function<Q, Page<T>> search, BiFunction<Q, String, Q> after) {
    List<Page<T>> pages = new ArrayList<>();
    Q query = first;
    while (true) {
      Page<T> page = search.apply(query);
      pages.add(page);
      assertThat(page.items()).as("items of page %d", pages.size()).hasSizeLessThanOrEqualTo(limit);
      String next = page.nextCursor();
      if (next == null) {
        return pages;
      }
      assertThat(page.items())
          .as("page %d has a next cursor, so it must be full", pages.size())
          .hasSize(limit);
      if (pages.size() >= MAX_PAGES) {
        fail("more than " + MAX_PAGES + " pages: the cursor does not move on");
      }
      query = after.apply(query, next);
    }
  }

  /** The items of at most the first {@code count} pages of a query, in order. */
  static <Q, T> List<T> firstPages(
      Q first, int count, Function<Q, Page<T>> search, BiFunction<Q, String, Q> after) {
    List<T> items = new ArrayList<>();
    Q query = first;
    for (int page = 0; page < count; page++) {
      Page<T> found = search.apply(query);
      items.addAll(found.items());
      String next = found.nextCursor();
      if (next == null) {
        break;
      }
      query = after.apply(query, next);
    }
    return items;
  }

  /** Every item of {@link #pages}, in order. */
  static <Q, T> List<T> all(
      Q first, int limit, Function<Q, Page<T>> search, BiFunction<Q, String, Q> after) {
    List<T> all = new ArrayList<>();
    for (Page<T> page : pages(first, limit, search, after)) {
      all.addAll(page.items());
    }
    return all;
  }

  /** Asserts that {@code items} are strictly in {@code order}: sorted, and none twice. */
  static <T> void assertStrictlyOrdered(
      List<T> items, Comparator<T> order, Function<T, Object> id) {
    for (int i = 1; i < items.size(); i++) {
      T previous = items.get(i - 1);
      T current = items.get(i);
      if (order.compare(previous, current) >= 0) {
        fail(
            "results out of order or repeated at positions "
                + (i - 1)
                + " and "
                + i
                + ": "
                + id.apply(previous)
                + " then "
                + id.apply(current));
      }
    }
  }

  /**
   * Checks the results of a query over a shared store: every result {@code matches} the query, the
   * results are strictly in {@code order}, and of the aggregates this test made ({@code ours}),
   * exactly {@code expected} were found, equal to what was stored.
   */
  static <T> void assertFound(
      List<T> found,
      Predicate<T> matches,
      Comparator<T> order,
      Function<T, Object> id,
      Collection<T> ours,
      Collection<T> expected) {
    for (T item : found) {
      if (!matches.test(item)) {
        fail("found " + id.apply(item) + ", which does not match the query");
      }
    }
    assertStrictlyOrdered(found, order, id);
    Set<Object> ourIds = new HashSet<>();
    ours.forEach(item -> ourIds.add(id.apply(item)));
    expected.forEach(item -> ourIds.add(id.apply(item)));
    List<T> foundOfOurs = found.stream().filter(item -> ourIds.contains(id.apply(item))).toList();
    List<T> wanted = expected.stream().sorted(order).toList();
    assertThat(foundOfOurs.stream().map(id).toList())
        .as("ids found among this test's")
        .containsExactlyElementsOf(wanted.stream().map(id).toList());
    for (int i = 0; i < wanted.size(); i++) {
      assertSame(foundOfOurs.get(i), wanted.get(i), "search result " + id.apply(wanted.get(i)));
    }
  }
}
