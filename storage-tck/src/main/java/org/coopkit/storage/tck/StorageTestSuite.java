package org.coopkit.storage.tck;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.coopkit.Coopkit;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.event.Event;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.project.Project;
import org.coopkit.service.ContactService;
import org.coopkit.service.EventService;
import org.coopkit.service.OrganisationService;
import org.coopkit.service.ProjectService;
import org.coopkit.service.ReportService;
import org.coopkit.spi.Storage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The base of every suite of the storage contract kit: it makes the storage under test and a {@link
 * Coopkit} over it.
 *
 * <p><b>Life cycle.</b> Databases are expensive to set up, so {@link #createStorage()} is called
 * once per test class, before its first test (the suites run with one test instance per class), and
 * {@link #disposeStorage(Storage)} once after its last test. Start whatever the storage needs (a
 * container, a schema migration) inside {@code createStorage()}. The store is never wiped between
 * tests: every test works on fresh ids, codes, topics and text tokens of its own ({@link
 * Fixtures}), scopes its queries by them, and never assumes an empty store. So a storage may also
 * be shared by several test classes, or hold data from earlier runs.
 *
 * <p><b>Clock.</b> The {@link Coopkit} uses {@link #clock}, reset to {@link #START} before each
 * test, and the default (time-ordered) id generator. Tests move the clock to check timestamps and
 * "today". Since the tests of a class share the clock, they run one at a time even where JUnit is
 * configured to run tests in parallel; different suite classes may run in parallel.
 *
 * <p><b>Opting out.</b> Test methods are {@code protected}. An adapter that cannot meet one
 * contract point overrides the method, annotated {@code @Test @Disabled("why")}, so that the gap
 * shows in every test report.
 *
 * @since 0.1.0
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Execution(ExecutionMode.SAME_THREAD)
public abstract class StorageTestSuite {
  /** Where {@link #clock} stands at the start of every test: 2025-03-17T08:30:00.123456Z. */
  public static final Instant START = Instant.parse("2025-03-17T08:30:00.123456Z");

  /** The clock of {@link #coopkit()}; reset to {@link #START} before each test. */
  protected final TestClock clock = TestClock.at(START);

  private @Nullable Storage storage;
  private @Nullable Coopkit coopkit;

  /** For subclasses. */
  protected StorageTestSuite() {}

  /**
   * Makes the storage under test; called once per test class, before its first test.
   *
   * @return a ready storage; it may hold data already
   */
  protected abstract Storage createStorage();

  /**
   * Releases the storage after the last test of the class; closes it by default. Override to keep a
   * storage shared with other test classes open, or to stop a container.
   *
   * @param storage the storage that {@link #createStorage()} returned
   */
  protected void disposeStorage(Storage storage) {
    storage.close();
  }

  /**
   * Creates the storage before the first test of the class; fails the class if {@link
   * #createStorage()} returns null or throws.
   */
  @BeforeAll
  protected final void openStorage() {
    Storage created = requireNonNull(createStorage(), "createStorage() returned null");
    storage = created;
    coopkit = newCoopkit();
  }

  /** Disposes of the storage after the last test of the class, even if some tests failed. */
  @AfterAll
  protected final void closeStorage() {
    Storage created = storage;
    storage = null;
    coopkit = null;
    if (created != null) {
      disposeStorage(created);
    }
  }

  /** Puts {@link #clock} back at {@link #START} before each test. */
  @BeforeEach
  protected final void resetClock() {
    clock.set(START);
  }

  /**
   * The storage under test.
   *
   * @return the storage made by {@link #createStorage()}
   * @throws IllegalStateException if the storage has not been created or its creation failed
   */
  protected final Storage storage() {
    Storage s = storage;
    if (s == null) {
      throw new IllegalStateException("no storage: createStorage() has not run or failed");
    }
    return s;
  }

  /**
   * coopkit over the storage under test, with {@link #clock}.
   *
   * @return the instance shared by the tests of the class
   * @throws IllegalStateException if the storage has not been created or its creation failed
   */
  protected final Coopkit coopkit() {
    Coopkit c = coopkit;
    if (c == null) {
      throw new IllegalStateException("no storage: createStorage() has not run or failed");
    }
    return c;
  }

  /**
   * Another {@link Coopkit} over the same storage and clock, as a second application instance would
   * have. Do not close it: that would close the shared storage.
   *
   * @return a new instance over {@link #storage()} and {@link #clock}
   */
  protected final Coopkit newCoopkit() {
    return Coopkit.builder().storage(storage()).clock(clock).build();
  }

  /**
   * The projects service of {@link #coopkit()}.
   *
   * @return the project service under test
   */
  protected final ProjectService projects() {
    return coopkit().projects();
  }

  /**
   * The events service of {@link #coopkit()}.
   *
   * @return the event service under test
   */
  protected final EventService events() {
    return coopkit().events();
  }

  /**
   * The contacts service of {@link #coopkit()}.
   *
   * @return the contact service under test
   */
  protected final ContactService contacts() {
    return coopkit().contacts();
  }

  /**
   * The organisations service of {@link #coopkit()}.
   *
   * @return the organisation service under test
   */
  protected final OrganisationService organisations() {
    return coopkit().organisations();
  }

  /**
   * The reports service of {@link #coopkit()}.
   *
   * @return the report service under test
   */
  protected final ReportService reports() {
    return coopkit().reports();
  }

  /**
   * Creates {@link Fixtures#anyProject()}.
   *
   * @return the stored project, at version 1
   */
  protected final Project storedProject() {
    return projects().create(Fixtures.anyProject());
  }

  /**
   * Creates {@link Fixtures#projectWithComponents(int)}.
   *
   * @param count how many components the project has
   * @return the stored project, at version 1
   */
  protected final Project storedProjectWithComponents(int count) {
    return projects().create(Fixtures.projectWithComponents(count));
  }

  /**
   * Registers {@link Fixtures#anyOrganisation()}.
   *
   * @return the stored organisation, at version 1
   */
  protected final Organisation storedOrganisation() {
    return organisations().register(Fixtures.anyOrganisation());
  }

  /**
   * Creates {@link Fixtures#eventOf an event} of {@code project}.
   *
   * @param project the stored project the event belongs to
   * @return the stored event, at version 1
   */
  protected final Event storedEventOf(Project project) {
    return events().create(Fixtures.eventOf(project.id()));
  }

  /**
   * Creates {@link Fixtures#anyContact()}.
   *
   * @return the stored contact, at version 1
   */
  protected final Contact storedContact() {
    return contacts().create(Fixtures.anyContact());
  }
}
