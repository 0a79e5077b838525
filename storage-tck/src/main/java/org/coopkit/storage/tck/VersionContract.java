package org.coopkit.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.coopkit.storage.tck.ContractAssertions.assertSame;

import java.time.Instant;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.coopkit.error.ConflictException;
import org.coopkit.model.Versioned;
import org.jspecify.annotations.Nullable;

/**
 * The optimistic-locking checks each aggregate's suite makes, written once: an update moves the
 * version on, and a write that names an old version fails and changes nothing.
 */
final class VersionContract {
  private VersionContract() {}

  /**
   * Asserts that {@code updated}, the first update of an aggregate created at {@code createdAt},
   * has version 2, kept {@code createdAt}, took {@code updatedAt} from the clock, and is what the
   * store now holds ({@code readBack}).
   */
  static void assertBumped(
      Versioned updated,
      Instant createdAt,
      Instant updatedAt,
      Supplier<@Nullable Object> readBack,
      String context) {
    assertThat(updated.version()).isEqualTo(2);
    assertThat(updated.createdAt()).isEqualTo(createdAt);
    assertThat(updated.updatedAt()).isEqualTo(updatedAt);
    assertSame(readBack.get(), updated, context);
  }

  /**
   * Asserts that {@code staleUpdate}, an update naming version 1 of an aggregate of {@code kind}
   * that is at version 2, fails with a {@code ConflictException} naming both versions, and that the
   * store still holds {@code current} ({@code readBack}).
   */
  static void assertStaleUpdateConflicts(
      ThrowingCallable staleUpdate,
      String kind,
      Supplier<@Nullable Object> readBack,
      Object current,
      String context) {
    // when
    ConflictException conflict = catchThrowableOfType(ConflictException.class, staleUpdate);

    // then
    assertThat(conflict).as("a stale update throws ConflictException").isNotNull();
    assertThat(conflict.kind()).isEqualTo(kind);
    assertThat(conflict.expectedVersion()).isEqualTo(1);
    assertThat(conflict.actualVersion()).isEqualTo(2);
    assertSame(readBack.get(), current, context);
  }

  /**
   * Asserts that {@code staleDelete}, a delete naming an old version, fails with a {@code
   * ConflictException} and that the store still holds {@code current} ({@code readBack}).
   */
  static void assertStaleDeleteConflicts(
      ThrowingCallable staleDelete,
      Supplier<@Nullable Object> readBack,
      Object current,
      String context) {
    // when
    ConflictException conflict = catchThrowableOfType(ConflictException.class, staleDelete);

    // then
    assertThat(conflict).as("a stale delete throws ConflictException").isNotNull();
    assertSame(readBack.get(), current, context);
  }
}
