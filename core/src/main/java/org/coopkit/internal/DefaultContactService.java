package org.coopkit.internal;

import static java.util.Objects.requireNonNull;
import static org.coopkit.internal.ServiceContext.requireExisting;
import static org.coopkit.internal.ServiceContext.requireVersion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.coopkit.error.DuplicateException;
import org.coopkit.error.NotFoundException;
import org.coopkit.model.CountryCode;
import org.coopkit.model.ExternalId;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.ContactId;
import org.coopkit.model.contact.PersonalDataExport;
import org.coopkit.model.contact.RoleAssignment;
import org.coopkit.model.contact.RoleId;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.contact.Visibility;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.source.AggregateKind;
import org.coopkit.query.ContactQuery;
import org.coopkit.query.Page;
import org.coopkit.query.Paging;
import org.coopkit.service.ContactService;
import org.coopkit.spi.StorageSession;

/** {@link ContactService} over the storage SPI. */
final class DefaultContactService implements ContactService {
  private static final String KIND = "Contact";

  private final ServiceContext context;
  private final VersionStamping<Contact, Contact.Builder> stamping;

  DefaultContactService(ServiceContext context) {
    this.context = context;
    this.stamping = new VersionStamping<>(context, Contact::toBuilder, Contact.Builder::build);
  }

  @Override
  public Contact create(Contact contact) {
    return context.write(s -> insert(s, stamping.asNew(contact)));
  }

  @Override
  public Contact restore(Contact contact) {
    return context.write(s -> insert(s, stamping.asRestored(contact)));
  }

  @Override
  public Optional<Contact> find(ContactId id) {
    return context.read(s -> s.contacts().get(id));
  }

  @Override
  public Optional<Contact> findByExternalId(ExternalId externalId) {
    requireNonNull(externalId, "externalId");
    return context.read(
        s -> {
          List<Contact> found =
              s.contacts()
                  .find(ContactQuery.builder().externalId(externalId).limit(2).build())
                  .items();
          if (found.size() > 1) {
            // The identifier is personal data: the message names the field, not the value.
            throw new DuplicateException("Contact.externalIds", "(an external id)");
          }
          return found.stream().findFirst();
        });
  }

  @Override
  public Contact get(ContactId id) {
    return find(id).orElseThrow(() -> new NotFoundException(KIND, id.toString()));
  }

  @Override
  public Contact update(Contact contact) {
    return context.write(s -> store(s, current(s, contact.id()), contact));
  }

  @Override
  public void delete(ContactId id, long expectedVersion) {
    context.write(
        s -> {
          requireVersion(KIND, id, expectedVersion, current(s, id).version());
          Provenances.forget(s, AggregateKind.CONTACT, id.value());
          s.contacts().delete(id, expectedVersion);
          return null;
        });
  }

  @Override
  public Contact assignRole(ContactId id, long expectedVersion, RoleAssignment role) {
    return change(id, expectedVersion, c -> c.toBuilder().addRole(role).build());
  }

  @Override
  public Contact endRole(ContactId id, long expectedVersion, RoleId role, LocalDate lastDay) {
    return change(
        id,
        expectedVersion,
        c -> {
          List<RoleAssignment> roles = new ArrayList<>(c.roles());
          for (int i = 0; i < roles.size(); i++) {
            if (roles.get(i).id().equals(role)) {
              roles.set(i, roles.get(i).endedOn(lastDay));
              return c.toBuilder().roles(roles).build();
            }
          }
          throw new NotFoundException("RoleAssignment", role + " of contact " + id);
        });
  }

  @Override
  public Contact erase(ContactId id) {
    // The locked read takes the version last committed and keeps it: a concurrent edit waits, or
    // is waited for, and cannot make the erasure fail with a conflict.
    return context.write(
        s -> {
          Contact current = current(s, id);
          Contact erased =
              current.toBuilder()
                  .nameWithheld(false)
                  .displayName(Contact.ERASED_NAME)
                  .sortName(Contact.ERASED_NAME)
                  .externalIds(List.of())
                  .honorific(null)
                  .jobTitle(null)
                  .emails(List.of())
                  .phones(List.of())
                  .languages(List.of())
                  .visibility(Visibility.INTERNAL)
                  .build();
          Contact stored = store(s, current, erased);
          Provenances.erase(s, AggregateKind.CONTACT, id.value(), context.now());
          // The history keeps no copy of what was removed: its personal values go too.
          ChangeRecorder recorder = ChangeRecorder.of(s);
          if (recorder != null) {
            recorder.erasePersonalData(KIND, id.toString());
          }
          return stored;
        });
  }

  @Override
  public PersonalDataExport export(ContactId id) {
    return context.read(
        s -> {
          Contact contact =
              s.contacts().get(id).orElseThrow(() -> new NotFoundException(KIND, id.toString()));
          Set<ProjectId> projects = new LinkedHashSet<>();
          Set<OrganisationId> organisations = new LinkedHashSet<>();
          if (contact.organisation() != null) {
            organisations.add(contact.organisation());
          }
          for (RoleAssignment role : contact.roles()) {
            if (role.project() != null) {
              projects.add(role.project());
            }
            if (role.organisation() != null) {
              organisations.add(role.organisation());
            }
          }
          Map<ProjectId, String> projectCodes = new LinkedHashMap<>();
          projects.forEach(p -> s.projects().get(p).ifPresent(x -> projectCodes.put(p, x.code())));
          Map<OrganisationId, String> organisationNames = new LinkedHashMap<>();
          organisations.forEach(
              o ->
                  s.organisations()
                      .get(o)
                      .ifPresent(x -> organisationNames.put(o, x.name().english())));
          return new PersonalDataExport(contact, projectCodes, organisationNames, context.now());
        });
  }

  @Override
  public Page<Contact> search(ContactQuery query) {
    return context.read(s -> s.contacts().find(query));
  }

  @Override
  public List<Contact> contactPoints(CountryCode country) {
    ContactQuery query =
        ContactQuery.builder()
            .role(RoleType.CONTACT_POINT_24_7)
            .country(country)
            .activeOn(context.today())
            .publicOnly(true)
            .limit(Paging.MAX_LIMIT)
            .build();
    return context.read(s -> ServiceContext.all(query, s.contacts()::find, ContactQuery::after));
  }

  private Contact change(ContactId id, long expectedVersion, UnaryOperator<Contact> change) {
    return context.write(
        s -> {
          Contact current = current(s, id);
          requireVersion(KIND, id, expectedVersion, current.version());
          return store(s, current, change.apply(current));
        });
  }

  /** Checks the references, then writes {@code stored} as new, with its stamps. */
  private static Contact insert(StorageSession s, Contact stored) {
    checkReferences(s, stored);
    s.contacts().insert(stored);
    return stored;
  }

  private Contact store(StorageSession s, Contact current, Contact next) {
    requireVersion(KIND, next.id(), next.version(), current.version());
    checkReferences(s, next);
    Contact stored = stamping.replacing(current, next);
    s.contacts().update(stored, current.version());
    return stored;
  }

  private static void checkReferences(StorageSession s, Contact contact) {
    if (contact.organisation() != null) {
      requireExisting(
          s.organisations(),
          List.of(contact.organisation()),
          i -> "Contact.organisation",
          "Organisation");
    }
    // One lookup per kind for all roles; paths name the role's index among all roles.
    List<Integer> withProject = new ArrayList<>();
    List<Integer> withOrganisation = new ArrayList<>();
    for (int i = 0; i < contact.roles().size(); i++) {
      if (contact.roles().get(i).project() != null) {
        withProject.add(i);
      }
      if (contact.roles().get(i).organisation() != null) {
        withOrganisation.add(i);
      }
    }
    requireExisting(
        s.projects(),
        withProject.stream().map(i -> requireNonNull(contact.roles().get(i).project())).toList(),
        i -> "Contact.roles[" + withProject.get(i) + "].project",
        "Project");
    requireExisting(
        s.organisations(),
        withOrganisation.stream()
            .map(i -> requireNonNull(contact.roles().get(i).organisation()))
            .toList(),
        i -> "Contact.roles[" + withOrganisation.get(i) + "].organisation",
        "Organisation");
  }

  /**
   * The stored contact, read to be changed: locked until this transaction ends, so that a writer
   * holding it makes this one wait instead of reading the state being replaced.
   */
  private static Contact current(StorageSession s, ContactId id) {
    return s.contacts()
        .getForUpdate(id)
        .orElseThrow(() -> new NotFoundException(KIND, id.toString()));
  }
}
