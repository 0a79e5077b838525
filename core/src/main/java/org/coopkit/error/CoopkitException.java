package org.coopkit.error;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception coopkit throws on purpose.
 *
 * <p>Messages name what was wrong (a field, a rule, a value, an id) and never carry personal data
 * such as a contact's e-mail address or phone number.
 *
 * @since 0.1.0
 */
public abstract class CoopkitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CoopkitException(String message) {
    super(message);
  }

  CoopkitException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
