package org.coopkit.benchmarks;

import java.nio.file.Path;

/**
 * The database servers a harness measures and their accounts: the {@code --postgresql-*} and {@code
 * --mariadb-*} options every harness that reaches a server takes, with the same defaults.
 */
final class ServerOptions {
  private String postgresqlUrl = "jdbc:postgresql://127.0.0.1:5432/test";
  private String postgresqlUser = "postgres";
  private String postgresqlPassword = "";
  private String mariadbUrl = "jdbc:mariadb://127.0.0.1:3306/test";
  private String mariadbUser = "root";
  private String mariadbPassword = "";

  /** Takes {@code name}'s {@code value} if it is a server option; says whether it was. */
  boolean accept(String name, String value) {
    switch (name) {
      case "--postgresql-url" -> postgresqlUrl = value;
      case "--postgresql-user" -> postgresqlUser = value;
      case "--postgresql-password" -> postgresqlPassword = value;
      case "--mariadb-url" -> mariadbUrl = value;
      case "--mariadb-user" -> mariadbUser = value;
      case "--mariadb-password" -> mariadbPassword = value;
      default -> {
        return false;
      }
    }
    return true;
  }

  /** The server of {@code engine}; H2 runs embedded, in files in {@code h2Folder}. */
  BenchSchema.Server server(BenchSchema.Engine engine, Path h2Folder) {
    return switch (engine) {
      case POSTGRESQL ->
          new BenchSchema.Server(
              engine, postgresqlUrl, postgresqlUser, postgresqlPassword, h2Folder);
      case MARIADB ->
          new BenchSchema.Server(engine, mariadbUrl, mariadbUser, mariadbPassword, h2Folder);
      case H2 -> new BenchSchema.Server(engine, "", "sa", "", h2Folder);
    };
  }
}
