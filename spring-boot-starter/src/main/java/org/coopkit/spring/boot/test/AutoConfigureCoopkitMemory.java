package org.coopkit.spring.boot.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.coopkit.spring.boot.CoopkitAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * Gives a Spring test an in-memory coopkit: the {@link org.coopkit.Coopkit} bean and its services
 * run on a fresh {@code MemoryStorage}, even where the application has a DataSource, and coopkit
 * neither migrates nor touches that database. Works on a full {@code @SpringBootTest} and on test
 * slices that leave coopkit out, such as {@code @WebMvcTest}: the auto-configuration is imported
 * with it.
 *
 * <pre>{@code
 * @WebMvcTest(ProjectController.class)
 * @AutoConfigureCoopkitMemory
 * class ProjectControllerTest {
 *   @Autowired MockMvc mvc;
 *   @Autowired ProjectService projects; // in memory
 * }
 * }</pre>
 *
 * <p>The store lives as long as the test's application context, which Spring caches and shares
 * between test classes of the same configuration: create data with fresh ids and codes (as
 * coopkit's own tests do) rather than count on an empty store, or mark the class
 * {@code @DirtiesContext}. Needs {@code spring-test} on the test class path, which every Spring
 * Boot test has.
 *
 * @since 0.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration(CoopkitAutoConfiguration.class)
@TestPropertySource(properties = "coopkit.storage=memory")
public @interface AutoConfigureCoopkitMemory {}
