package org.coopkit.storage.jdbc.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jooq.impl.AbstractConverter;
import org.jspecify.annotations.Nullable;

/**
 * The instants of the model as the schema stores them: {@code TIMESTAMP(6)} columns (MariaDB's
 * {@code DATETIME(6)}) holding UTC date-times, since MariaDB knows no time zone in a column type.
 * The jOOQ code generation puts it on every {@code created_at} and {@code updated_at} column, so
 * that those fields are {@link Instant}s wherever jOOQ reads or binds them; the adapter's plain
 * JDBC reads and writes call it through the field.
 */
public final class UtcInstantConverter extends AbstractConverter<LocalDateTime, Instant> {
  private static final long serialVersionUID = 1L;

  /** Made by the generated schema classes, one per column. */
  public UtcInstantConverter() {
    super(LocalDateTime.class, Instant.class);
  }

  @Override
  public @Nullable Instant from(@Nullable LocalDateTime utc) {
    return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
  }

  @Override
  public @Nullable LocalDateTime to(@Nullable Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
