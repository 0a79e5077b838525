package org.coopkit.storage.jdbc.internal;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flyway's log lines, one level quieter, under coopkit's loggers ({@value #LOGGER_PREFIX} and the
 * Flyway class's simple name). A host's console at INFO then shows coopkit's own line on a
 * migration (the schema's version before and after, the scripts applied) rather than Flyway's
 * twenty-odd lines with a vendor's links; they are all there at DEBUG.
 *
 * <ul>
 *   <li>Flyway's info and notice become debug, its debug becomes trace;
 *   <li>its warnings stay warnings, except the database's own notes that Flyway relays ({@code DB:
 *       ...}, such as MariaDB ignoring a primary key's name), which are about coopkit's scripts and
 *       not for a host to act on: debug;
 *   <li>errors stay errors.
 * </ul>
 *
 * <p>Flyway picks its log creator from the {@code loggers} setting of the configuration it runs
 * (coopkit names this class in {@link Migrations}), and its log factory is one per class loader: a
 * host that runs Flyway itself on the same class loader has its own setting applied when its own
 * Flyway starts. Public only because Flyway makes it by reflection.
 */
public final class FlywayLogs implements LogCreator {
  /** The prefix of the loggers Flyway's lines go to. */
  public static final String LOGGER_PREFIX = "org.coopkit.storage.jdbc.flyway";

  /** The prefix Flyway gives a warning the database raised while running a script. */
  private static final String DATABASE_NOTE = "DB: ";

  /** Made by Flyway, by reflection. */
  public FlywayLogs() {}

  @Override
  public Log createLogger(Class<?> source) {
    Logger logger = LoggerFactory.getLogger(LOGGER_PREFIX + "." + source.getSimpleName());
    return new Log() {
      // Deprecated in the Flyway coopkit builds with, but abstract in the older Flyway that a
      // host's platform (Spring Boot's, say) may manage: implemented for both.
      @Override
      @SuppressWarnings("deprecation")
      public boolean isDebugEnabled() {
        return logger.isTraceEnabled();
      }

      @Override
      public void debug(String message) {
        logger.trace(message);
      }

      @Override
      public void info(String message) {
        logger.debug(message);
      }

      @Override
      public void notice(String message) {
        logger.debug(message);
      }

      @Override
      public void warn(String message) {
        if (message.startsWith(DATABASE_NOTE)) {
          logger.debug(message);
        } else {
          logger.warn(message);
        }
      }

      @Override
      public void error(String message) {
        logger.error(message);
      }

      @Override
      public void error(String message, Exception e) {
        logger.error(message, e);
      }
    };
  }
}
