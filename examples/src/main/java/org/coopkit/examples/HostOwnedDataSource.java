package org.coopkit.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.coopkit.Coopkit;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationType;
import org.coopkit.storage.jdbc.JdbcStorage;

/**
 * coopkit on a connection pool the host application owns: coopkit migrates its tables on start and
 * never closes the pool.
 */
public final class HostOwnedDataSource {
  private HostOwnedDataSource() {}

  /** Registers an organisation through a pool the caller made, and reads it back. */
  public static Organisation run(String jdbcUrl) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setPoolName("host-pool");
    try (HikariDataSource pool = new HikariDataSource(config)) {
      Coopkit coopkit = Coopkit.builder().storage(JdbcStorage.create(pool)).build();
      Organisation iap =
          coopkit
              .organisations()
              .register(
                  Organisation.builder()
                      .id(coopkit.ids().newOrganisationId())
                      .name("International Association of Prosecutors")
                      .acronym("IAP")
                      .type(OrganisationType.PROSECUTION_SERVICE)
                      .build());
      return coopkit.organisations().get(iap.id());
    }
  }

  public static void main(String[] args) {
    String url = args.length > 0 ? args[0] : "jdbc:h2:mem:host-owned;DB_CLOSE_DELAY=-1";
    System.out.println(run(url).name().english());
  }
}
