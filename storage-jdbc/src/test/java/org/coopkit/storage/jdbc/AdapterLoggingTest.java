package org.coopkit.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.coopkit.error.DuplicateException;
import org.coopkit.model.EmailAddress;
import org.coopkit.model.PhoneNumber;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.storage.tck.Fixtures;
import org.coopkit.testsupport.OutputCapture;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/**
 * What the adapter logs through SLF4J: a pool started and closed with the database's name and
 * version, the schema's version before and after a migration with the scripts applied, and each
 * retry of a transaction with its SQLState and attempt number; never a password, and never a
 * contact's e-mail address or phone number, even when the retried statement carried them and
 * HikariCP logs the broken connection.
 *
 * <p>It needs coopkit's loggers at debug, which the build log should not show for every test: the
 * pom runs it in an execution of its own that sets them so ({@code
 * -Dorg.slf4j.simpleLogger.log.org.coopkit=debug}); elsewhere it is skipped.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class AdapterLoggingTest {
  private static final String PASSWORD = "s3cret-Pa55";
  private static final String EMAIL = "dana.faultline@example.org";
  private static final String PHONE = "+374 91 55-44-33";

  /** The phone's national digits with any separators: every form of the number holds them. */
  private static final Pattern PHONE_DIGITS =
      Pattern.compile(String.join("[\\s.\\-()/]{0,3}", "9", "1", "5", "5", "4", "4", "3", "3"));

  @Test
  void poolsMigrationsAndRetriesAreLoggedWithNoPasswordOrPersonalData() throws Exception {
    boolean debug = LoggerFactory.getLogger(JdbcStorage.class).isDebugEnabled();
    // Where the databases are required (CI), a build that lost the debug execution must not pass.
    assertThat(debug || System.getenv(TestDatabases.REQUIRE_ENV) == null)
        .as("coopkit logs at debug where %s is set", TestDatabases.REQUIRE_ENV)
        .isTrue();
    Assumptions.assumeTrue(
        debug,
        "runs where coopkit logs at debug: the pom's own execution for it sets"
            + " -Dorg.slf4j.simpleLogger.log.org.coopkit=debug");
    String output;
    String poolName;
    try (FreshSchema schema = Database.POSTGRESQL.openFreshSchema();
        PostgresBackends backends = PostgresBackends.on(schema)) {
      String url = FreshSchema.withParameter(schema.url(), "password", PASSWORD);
      Organisation employer = ManyEvents.organisation();
      Contact contact =
          StoredRowsTest.stamped(
              Fixtures.anyContact().toBuilder()
                  .organisation(employer.id())
                  .addEmail(EmailAddress.of(EMAIL))
                  .addPhone(PhoneNumber.of(PHONE))
                  .build());
      try (OutputCapture capture = OutputCapture.start()) {
        // given: a storage with a pool of its own, which migrates the schema
        JdbcStorage storage = JdbcStorage.connect(url, schema.target().user(), PASSWORD);
        poolName = storage.toString().replaceAll(".*pool (coopkit-\\d+).*", "$1");
        storage.inTransaction(
            s -> {
              s.organisations().insert(employer);
              return null;
            });

        // when: the contact's insert waits on its employer's row, and its backend is terminated
        backends.lock("organisation", employer.id().toString());
        CompletableFuture<List<Integer>> terminated = backends.terminateBlocked(1);
        storage.inTransaction(
            s -> {
              s.contacts().insert(contact);
              return null;
            });
        terminated.get();
        DuplicateException duplicate =
            catchThrowableOfType(
                DuplicateException.class,
                () ->
                    storage.inTransaction(
                        s -> {
                          s.contacts().insert(contact);
                          return null;
                        }));
        storage.close();
        output = capture.text();
        assertThat(duplicate).isNotNull();
      }
    }

    // then
    assertThat(output)
        .contains(
            "Started pool " + poolName + " on jdbc:postgresql://",
            "password=***",
            ": PostgreSQL 1",
            "Migrated coopkit's schema at pool " + poolName,
            "from version none to ",
            ", applying 1 (schema), 1.1 (postgresql vendor), 2 (references)",
            "Transaction on pool " + poolName,
            "attempt 1 of 4 failed (lost connection, SQLState ",
            "Closed pool " + poolName)
        .containsPattern("attempt 1 of 4 failed \\(lost connection, SQLState (57P01|08006)");
    assertThat(output).doesNotContain(PASSWORD);
    assertThat(output.toLowerCase(Locale.ROOT)).doesNotContain(EMAIL, "dana.faultline");
    assertThat(PHONE_DIGITS.matcher(output).find()).as("the phone number in the output").isFalse();
  }
}
