package org.coopkit.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.coopkit.model.CountryCode;
import org.coopkit.model.PartialDate;
import org.coopkit.model.contact.ContactFixture;
import org.coopkit.model.event.EventDates;
import org.coopkit.model.event.EventFixture;
import org.coopkit.model.event.KeyMessage;
import org.coopkit.model.event.Participation;
import org.coopkit.model.organisation.OrganisationFixture;
import org.coopkit.model.project.ProjectFixture;
import org.coopkit.query.ContactQuery;
import org.coopkit.query.EventQuery;
import org.coopkit.query.OrganisationQuery;
import org.coopkit.query.ProjectQuery;
import org.coopkit.spi.TransactionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each service call is one unit of work: one transaction, read-write exactly when it writes. Only a
 * mocked storage can count the transactions a call opens.
 */
class ServiceTransactionTest {

  static Stream<Arguments> writes() {
    return Stream.of(
        call(
            "projects.create",
            m ->
                m.coopkit.projects().create(ProjectFixture.aProject().code("new-project").build())),
        call(
            "projects.update",
            m ->
                m.coopkit
                    .projects()
                    .update(m.project.toBuilder().title("Cybercrime EAP II (renamed)").build())),
        call("projects.delete", m -> m.coopkit.projects().delete(m.project.id(), 3)),
        call(
            "projects.deleteWithEvents",
            m -> m.coopkit.projects().deleteWithEvents(m.project.id(), 3)),
        call(
            "projects.addComponent",
            m ->
                m.coopkit
                    .projects()
                    .addComponent(
                        m.project.id(), 3, ProjectFixture.aComponent().code("3").build())),
        call(
            "projects.changeComponent",
            m ->
                m.coopkit
                    .projects()
                    .changeComponent(
                        m.project.id(),
                        3,
                        m.project.components().get(0).toBuilder().title("MLA").build())),
        call(
            "projects.reorderComponents",
            m ->
                m.coopkit
                    .projects()
                    .reorderComponents(
                        m.project.id(),
                        3,
                        List.of(
                            m.project.components().get(1).id(),
                            m.project.components().get(0).id()))),
        call(
            "projects.removeComponent",
            m ->
                m.coopkit
                    .projects()
                    .removeComponent(m.project.id(), 3, m.project.components().get(1).id())),
        call(
            "events.create",
            m ->
                m.coopkit
                    .events()
                    .create(EventFixture.anEvent().projects(List.of(m.project.id())).build())),
        call(
            "events.update",
            m ->
                m.coopkit
                    .events()
                    .update(m.event.toBuilder().title("Regional Conference").build())),
        call("events.delete", m -> m.coopkit.events().delete(m.event.id(), 2)),
        call(
            "events.reschedule",
            m ->
                m.coopkit
                    .events()
                    .reschedule(m.event.id(), 2, EventDates.on(PartialDate.ofMonth(2018, 3)))),
        call("events.postpone", m -> m.coopkit.events().postpone(m.event.id(), 2)),
        call("events.cancel", m -> m.coopkit.events().cancel(m.event.id(), 2)),
        call(
            "events.recordOutcome",
            m ->
                m.coopkit
                    .events()
                    .recordOutcome(
                        m.event.id(),
                        2,
                        Participation.UNKNOWN,
                        List.of(KeyMessage.adopted("Follow the money.")))),
        call(
            "contacts.create", m -> m.coopkit.contacts().create(ContactFixture.aContact().build())),
        call(
            "contacts.update",
            m ->
                m.coopkit
                    .contacts()
                    .update(m.contact.toBuilder().jobTitle("Head of Operations").build())),
        call("contacts.delete", m -> m.coopkit.contacts().delete(m.contact.id(), 5)),
        call(
            "contacts.assignRole",
            m -> m.coopkit.contacts().assignRole(m.contact.id(), 5, m.contactPointRole())),
        call(
            "contacts.endRole",
            m ->
                m.coopkit
                    .contacts()
                    .endRole(
                        m.contact.id(),
                        5,
                        m.contact.roles().get(0).id(),
                        LocalDate.of(2023, 12, 31))),
        call(
            "organisations.register",
            m -> m.coopkit.organisations().register(OrganisationFixture.anOrganisation().build())),
        call(
            "organisations.update",
            m ->
                m.coopkit
                    .organisations()
                    .update(m.organisation.toBuilder().acronym("IAP").build())),
        call(
            "organisations.delete", m -> m.coopkit.organisations().delete(m.organisation.id(), 7)));
  }

  static Stream<Arguments> reads() {
    return Stream.of(
        call("projects.find", m -> m.coopkit.projects().find(m.project.id())),
        call("projects.get", m -> m.coopkit.projects().get(m.project.id())),
        call("projects.findByCode", m -> m.coopkit.projects().findByCode("CYBERCRIME-EAP-II")),
        call("projects.search", m -> m.coopkit.projects().search(ProjectQuery.builder().build())),
        call("events.find", m -> m.coopkit.events().find(m.event.id())),
        call("events.get", m -> m.coopkit.events().get(m.event.id())),
        call("events.search", m -> m.coopkit.events().search(EventQuery.builder().build())),
        call("contacts.find", m -> m.coopkit.contacts().find(m.contact.id())),
        call("contacts.get", m -> m.coopkit.contacts().get(m.contact.id())),
        call("contacts.search", m -> m.coopkit.contacts().search(ContactQuery.builder().build())),
        call(
            "contacts.contactPoints",
            m -> m.coopkit.contacts().contactPoints(CountryCode.of("AM"))),
        call("organisations.find", m -> m.coopkit.organisations().find(m.organisation.id())),
        call("organisations.get", m -> m.coopkit.organisations().get(m.organisation.id())),
        call(
            "organisations.search",
            m -> m.coopkit.organisations().search(OrganisationQuery.builder().build())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writes")
  void runsEveryWriteInExactlyOneReadWriteTransaction(String name, Consumer<StorageMocks> call) {
    StorageMocks mocks = new StorageMocks();

    call.accept(mocks);

    verify(mocks.storage).inTransaction(eq(TransactionMode.READ_WRITE), any());
    verifyNoMoreInteractions(mocks.storage);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reads")
  void runsEveryReadInExactlyOneReadOnlyTransaction(String name, Consumer<StorageMocks> call) {
    StorageMocks mocks = new StorageMocks();

    call.accept(mocks);

    verify(mocks.storage).inTransaction(eq(TransactionMode.READ_ONLY), any());
    verifyNoMoreInteractions(mocks.storage);
  }

  private static Arguments call(String name, Consumer<StorageMocks> call) {
    return Arguments.of(name, call);
  }
}
