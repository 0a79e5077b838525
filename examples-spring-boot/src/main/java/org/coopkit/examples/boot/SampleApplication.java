package org.coopkit.examples.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application: Spring Boot with coopkit's starter, which makes {@code Coopkit} and its services
 * beans over the DataSource of {@code application.properties} (H2 in memory here; PostgreSQL with
 * {@code --spring.datasource.url=jdbc:postgresql://...}).
 */
@SpringBootApplication
public class SampleApplication {
  /**
   * Starts the application on port 8080.
   *
   * @param args Spring Boot's arguments, e.g. {@code --server.port=9090}
   */
  public static void main(String[] args) {
    SpringApplication.run(SampleApplication.class, args);
  }
}
