package org.coopkit.spring.boot;

import java.util.function.Supplier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * A host application as Spring Boot users write them: auto-configured, with a DataSource from
 * {@code spring.datasource.*}, a table of its own ({@code host-schema.sql}) written with a
 * JdbcTemplate, and {@code @Transactional} methods that call coopkit's services.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class HostApplication {
  @Bean
  Transactions transactions(JdbcTemplate jdbc) {
    return new Transactions(jdbc);
  }

  /** The host's transactional methods; Spring proxies the bean to run each in a transaction. */
  static class Transactions {
    private final JdbcTemplate jdbc;

    Transactions(JdbcTemplate jdbc) {
      this.jdbc = jdbc;
    }

    /** Writes a row of the host's own table. */
    void note(String id, String text) {
      jdbc.update("INSERT INTO host_note (id, note) VALUES (?, ?)", id, text);
    }

    /** Whether the host's table holds the row, read on the caller's transaction if any. */
    boolean hasNote(String id) {
      Integer count =
          jdbc.queryForObject("SELECT COUNT(*) FROM host_note WHERE id = ?", Integer.class, id);
      return count != null && count == 1;
    }

    /** Whether coopkit's table holds the project, read with the host's JdbcTemplate. */
    boolean hasProjectRow(String id) {
      Integer count =
          jdbc.queryForObject("SELECT COUNT(*) FROM project WHERE id = ?", Integer.class, id);
      return count != null && count == 1;
    }

    @Transactional
    public <T> T inTransaction(Supplier<T> body) {
      return body.get();
    }

    @Transactional(readOnly = true)
    public <T> T inReadOnlyTransaction(Supplier<T> body) {
      return body.get();
    }
  }
}
