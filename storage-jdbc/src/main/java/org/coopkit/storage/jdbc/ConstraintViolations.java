package org.coopkit.storage.jdbc;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.coopkit.error.BrokenReferenceException;
import org.coopkit.error.DuplicateException;
import org.coopkit.error.StillReferencedException;
import org.coopkit.storage.jdbc.Failures.Failure;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * Which constraint a refused write violated, and the value at fault, from the failed statement's
 * own context: the constraints its table may violate ({@link Failure#constraints()}), the values it
 * wrote and the store's lookups ({@link TransactionContext.WriteFacts}), never the wording of the
 * database's message. The value told is always one the statement wrote, never one read from the
 * error.
 *
 * <p>Where a statement may have violated several constraints (an insert of a project: its id or its
 * code), the one whose values the database already holds is the one; H2 and MariaDB answer in the
 * transaction, which survives the failed statement. PostgreSQL names the constraint itself but
 * refuses every statement until the rollback, so there what needs asking is asked right after it
 * ({@link TransactionContext#afterRollback}); the work, if it catches the exception, sees {@value
 * #UNKNOWN} in its place. A statement that wrote several values under a unique key (a chunk of
 * events) has the one already held found after the rollback on every database, when its own rows
 * are gone.
 */
final class ConstraintViolations {
  /** The value of an exception whose value only the database could tell, and did not. */
  static final String UNKNOWN = "(unknown)";

  private ConstraintViolations() {}

  /**
   * The exception for a violation of one of {@link Constraint}'s constraints, or {@code null} if
   * {@code f} is none (or the constraint cannot be told).
   */
  static @Nullable RuntimeException exception(
      Failure f, TransactionContext.WriteFacts facts, TransactionContext transaction) {
    boolean askNow = transaction.dialect().family() != SQLDialect.POSTGRES;
    return switch (f.problem()) {
      case UNIQUE -> duplicate(f.constraints(), facts, transaction, askNow);
      // A missing target is missing: asking finds it only where it is.
      case MISSING_TARGET ->
          reference(
              f.constraints(),
              facts::missingTarget,
              (c, id) -> true,
              ConstraintViolations::brokenReference,
              transaction,
              askNow);
      // The id being deleted is the same under every candidate: the one with a row referring to
      // it is the one.
      case STILL_REFERENCED ->
          reference(
              f.constraints(),
              facts::referencedId,
              (c, id) -> refersTo(c, id, transaction),
              ConstraintViolations::stillReferenced,
              transaction,
              askNow);
      default -> null;
    };
  }

  private static @Nullable RuntimeException duplicate(
      List<Constraint> candidates,
      TransactionContext.WriteFacts facts,
      TransactionContext transaction,
      boolean askNow) {
    Constraint key = candidates.size() == 1 ? candidates.get(0) : null;
    if (key == null && askNow) {
      key = candidates.stream().filter(c -> holds(c, facts, transaction)).findFirst().orElse(null);
    }
    if (key == null) {
      return null;
    }
    List<String> written = facts.uniqueValues(key.field());
    if (written.size() == 1) {
      return new DuplicateException(key.field(), written.get(0));
    }
    String twice = firstRepeated(written);
    if (twice != null) {
      return new DuplicateException(key.field(), twice);
    }
    DuplicateException provisional = new DuplicateException(key.field(), UNKNOWN);
    Constraint found = key;
    if (found.column() != null && !written.isEmpty()) {
      transaction.afterRollback(
          provisional,
          () -> {
            String held =
                transaction.firstHeld(
                    found.table(), found.column(), written, facts.othersUnder(found));
            return held == null ? provisional : new DuplicateException(found.field(), held);
          });
    }
    return provisional;
  }

  /** Whether the database holds, under {@code key}, the one value the statement wrote there. */
  private static boolean holds(
      Constraint key, TransactionContext.WriteFacts facts, TransactionContext transaction) {
    List<String> written = facts.uniqueValues(key.field());
    return key.column() != null
        && written.size() == 1
        && transaction.firstHeld(key.table(), key.column(), written, DSL.noCondition()) != null;
  }

  /**
   * A foreign key's violation: the first candidate for which {@code ask} names the id at fault
   * (and, where there are several, {@code confirms} it) in the transaction on H2 and MariaDB; on
   * PostgreSQL, the one it named, its id asked after the rollback.
   */
  private static @Nullable RuntimeException reference(
      List<Constraint> candidates,
      Function<Constraint, @Nullable String> ask,
      BiPredicate<Constraint, String> confirms,
      BiFunction<Constraint, String, RuntimeException> exception,
      TransactionContext transaction,
      boolean askNow) {
    if (askNow) {
      for (Constraint c : candidates) {
        String id = ask.apply(c);
        if (id != null && (candidates.size() == 1 || confirms.test(c, id))) {
          return exception.apply(c, id);
        }
      }
      return candidates.size() == 1 ? exception.apply(candidates.get(0), UNKNOWN) : null;
    }
    if (candidates.size() != 1) {
      return null;
    }
    Constraint c = candidates.get(0);
    RuntimeException provisional = exception.apply(c, UNKNOWN);
    transaction.afterRollback(
        provisional,
        () -> {
          String id = ask.apply(c);
          return id == null ? provisional : exception.apply(c, id);
        });
    return provisional;
  }

  /** Whether a row still refers to {@code id} by the foreign key {@code c}. */
  private static boolean refersTo(Constraint c, String id, TransactionContext transaction) {
    return c.column() != null
        && transaction.firstHeld(c.table(), c.column(), List.of(id), DSL.noCondition()) != null;
  }

  private static BrokenReferenceException brokenReference(Constraint c, String target) {
    return new BrokenReferenceException(c.field(), c.targetKind(), target);
  }

  private static StillReferencedException stillReferenced(Constraint c, String id) {
    return new StillReferencedException(c.targetKind(), id, c.referencedBy());
  }

  private static @Nullable String firstRepeated(List<String> values) {
    Set<String> seen = new HashSet<>();
    for (String value : values) {
      if (!seen.add(value)) {
        return value;
      }
    }
    return null;
  }
}
