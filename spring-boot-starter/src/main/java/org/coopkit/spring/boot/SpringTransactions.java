package org.coopkit.spring.boot;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.coopkit.storage.jdbc.HostTransactions;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Spring's transactions, as coopkit's JDBC store joins them: the connection a Spring transaction
 * manager (Boot's JdbcTransactionManager, a JpaTransactionManager) has bound to the calling thread
 * for the application's {@link DataSource}, taken and handed back through {@link DataSourceUtils}
 * as a JdbcTemplate does.
 *
 * <p>A call joins only a real transaction on this DataSource: with no transaction active (no
 * {@code @Transactional}, or propagation SUPPORTS and none open), with a transaction of another
 * resource only, or where Spring merely keeps an auto-commit connection for the thread, coopkit
 * runs a transaction of its own.
 */
final class SpringTransactions implements HostTransactions {
  /** A class of spring-jdbc, which this class needs. */
  static final String SPRING_JDBC = "org.springframework.jdbc.datasource.DataSourceUtils";

  private final DataSource dataSource;

  private SpringTransactions(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Spring's transactions on {@code dataSource}. Typed as the interface, so that a caller's class
   * links without spring-jdbc: call it only where {@link #SPRING_JDBC} is present.
   */
  static HostTransactions over(DataSource dataSource) {
    return new SpringTransactions(dataSource);
  }

  @Override
  public @Nullable Connection currentConnection() throws SQLException {
    if (!TransactionSynchronizationManager.isActualTransactionActive()
        || !(TransactionSynchronizationManager.getResource(dataSource)
            instanceof ConnectionHolder)) {
      return null;
    }
    Connection connection;
    try {
      connection = DataSourceUtils.getConnection(dataSource);
    } catch (CannotGetJdbcConnectionException e) {
      if (e.getCause() instanceof SQLException sql) {
        throw sql;
      }
      throw new SQLException("Spring gave no connection of its transaction", "08001", e);
    }
    boolean autoCommit;
    try {
      autoCommit = connection.getAutoCommit();
    } catch (SQLException e) {
      DataSourceUtils.releaseConnection(connection, dataSource);
      throw e;
    }
    if (autoCommit) {
      // Bound for the thread by a synchronisation, not a transaction of this DataSource's: its
      // statements would each commit alone.
      DataSourceUtils.releaseConnection(connection, dataSource);
      return null;
    }
    return connection;
  }

  @Override
  public boolean isCurrentReadOnly() {
    return TransactionSynchronizationManager.isCurrentTransactionReadOnly();
  }

  @Override
  public void release(Connection connection) {
    DataSourceUtils.releaseConnection(connection, dataSource);
  }

  /**
   * Registers {@code action} with the Spring transaction on this thread, to run in its {@code
   * afterCommit} callback: after a commit, never after a rollback.
   */
  @Override
  public void afterCommit(Runnable action) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              action.run();
            }
          });
    }
  }

  @Override
  public String toString() {
    return "Spring's transactions on the application's DataSource";
  }
}
