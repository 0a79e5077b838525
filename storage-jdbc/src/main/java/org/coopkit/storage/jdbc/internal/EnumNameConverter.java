package org.coopkit.storage.jdbc.internal;

import java.util.HashMap;
import java.util.Map;
import org.coopkit.error.StorageUnavailableException;
import org.jooq.impl.AbstractConverter;
import org.jspecify.annotations.Nullable;

/**
 * An enum of the model stored by its constant's name. The jOOQ code generation puts one on each
 * enum column (forced types in the module's pom), naming the column. A name this version does not
 * know, such as one a newer version wrote, fails the read with a {@link
 * StorageUnavailableException} that names the column, the enum and the stored name: the row cannot
 * be read as this version's model, and a {@code null} in its place would be silently wrong. Not
 * retryable: the same read fails again until the stored data or the version changes.
 *
 * @param <E> the enum
 */
public final class EnumNameConverter<E extends Enum<E>> extends AbstractConverter<String, E> {
  private static final long serialVersionUID = 1L;

  private final String column;
  private final Map<String, E> byName = new HashMap<>();

  private EnumNameConverter(Class<E> type, String column) {
    super(String.class, type);
    this.column = column;
    for (E constant : type.getEnumConstants()) {
      byName.put(constant.name(), constant);
    }
  }

  /**
   * The converter of {@code column}, which stores constants of {@code type} by name.
   *
   * @param <E> the enum
   * @param type the enum
   * @param column the column, as {@code table.column}, for the message of an unknown name
   * @return the converter
   */
  public static <E extends Enum<E>> EnumNameConverter<E> of(Class<E> type, String column) {
    return new EnumNameConverter<>(type, column);
  }

  /**
   * @throws StorageUnavailableException if {@code name} is no constant of the enum
   */
  @Override
  public @Nullable E from(@Nullable String name) {
    if (name == null) {
      return null;
    }
    // CHAR columns may come back padded.
    E constant = byName.get(name.strip());
    if (constant == null) {
      throw new StorageUnavailableException(
          "The column "
              + column
              + " holds '"
              + name.strip()
              + "', which is no "
              + toType().getSimpleName()
              + " this version of coopkit knows: written by a newer version, or changed by hand",
          false,
          null);
    }
    return constant;
  }

  @Override
  public @Nullable String to(@Nullable E constant) {
    return constant == null ? null : constant.name();
  }
}
