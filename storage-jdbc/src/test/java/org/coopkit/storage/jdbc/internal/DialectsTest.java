package org.coopkit.storage.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;

class DialectsTest {
  @Test
  void theProductNamesOfTheSupportedDriversGiveTheirDialects() {
    assertThat(Dialects.fromProduct("H2", "2.5.252 (2025-01-01)")).isEqualTo(SQLDialect.H2);
    assertThat(Dialects.fromProduct("PostgreSQL", "15.20")).isEqualTo(SQLDialect.POSTGRES);
    assertThat(Dialects.fromProduct("MariaDB", "10.11.19-MariaDB-0+deb12u1"))
        .isEqualTo(SQLDialect.MARIADB);
  }

  @Test
  void mySqlIsRecognisedAndAMariaDbServerBehindAMySqlDriverIsMariaDb() {
    assertThat(Dialects.fromProduct("MySQL", "8.4.3")).isEqualTo(SQLDialect.MYSQL);
    assertThat(Dialects.fromProduct("MySQL", "5.5.5-10.11.19-MariaDB"))
        .isEqualTo(SQLDialect.MARIADB);
  }

  @Test
  void anyOtherDatabaseIsRejectedNamingItAndTheSupportedOnes() {
    assertThatThrownBy(() -> Dialects.fromProduct("Oracle", "23ai"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Oracle'")
        .hasMessageContaining("23ai")
        .hasMessageContaining("H2, PostgreSQL and MariaDB");
  }

  @Test
  void eachSupportedDialectHasItsVendorFolderAndMySqlHasNone() {
    assertThat(Dialects.vendorFolder(SQLDialect.H2)).isEqualTo("h2");
    assertThat(Dialects.vendorFolder(SQLDialect.POSTGRES)).isEqualTo("postgresql");
    assertThat(Dialects.vendorFolder(SQLDialect.MARIADB)).isEqualTo("mariadb");
    assertThatThrownBy(() -> Dialects.vendorFolder(SQLDialect.MYSQL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MySQL");
  }
}
