package org.coopkit.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.coopkit.storage.jdbc.StoredRowsTest.stamped;

import org.coopkit.error.StorageUnavailableException;
import org.coopkit.model.project.Project;
import org.coopkit.storage.tck.Fixtures;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/**
 * A stored enum name this version does not know (one a newer version wrote) fails the read, naming
 * the column, the enum and the name, rather than reading as {@code null}.
 */
class UnknownEnumNameTest {

  @Test
  void aProjectWhoseStoredStatusThisVersionDoesNotKnowFailsToReadNamingColumnAndValue() {
    try (FreshSchema schema = Database.H2.openFreshSchema()) {
      // given
      JdbcStorage storage = JdbcStorage.create(schema.dataSource());
      Project project = stamped(Fixtures.anyProject());
      storage.inTransaction(
          s -> {
            s.projects().insert(project);
            return null;
          });
      // A newer version's schema would allow the new name: its CHECK goes, as a migration's would.
      DSLContext sql = schema.dsl();
      sql.execute("ALTER TABLE project DROP CONSTRAINT project_status_ck");
      sql.execute(
          "UPDATE project SET status = 'SUSPENDED_LATER' WHERE id = ?", project.id().toString());

      // when
      StorageUnavailableException unreadable =
          catchThrowableOfType(
              StorageUnavailableException.class,
              () -> storage.inTransaction(s -> s.projects().get(project.id())));

      // then
      assertThat(unreadable).as("a StorageUnavailableException").isNotNull();
      assertThat(unreadable.isRetryable()).isFalse();
      assertThat(unreadable.getMessage())
          .contains("project.status")
          .contains("ProjectStatus")
          .contains("'SUSPENDED_LATER'");
    }
  }
}
