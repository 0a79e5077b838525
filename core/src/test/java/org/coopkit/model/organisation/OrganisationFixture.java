package org.coopkit.model.organisation;

import java.time.Instant;
import java.util.UUID;
import org.coopkit.internal.RandomModelValues;
import org.coopkit.model.CountryCode;
import org.coopkit.model.ExternalId;
import org.coopkit.model.Limits;
import org.coopkit.model.Link;
import org.coopkit.model.LocalizedText;
import org.instancio.junit.GivenProvider;

/** Organisations for tests: minimal valid ones, a full one, and random valid ones. */
public final class OrganisationFixture {
  private OrganisationFixture() {}

  public static OrganisationId anyOrganisationId() {
    return OrganisationId.of(UUID.randomUUID());
  }

  /** A builder holding the least a valid organisation needs: an id and a name. */
  public static Organisation.Builder anOrganisation() {
    return Organisation.builder()
        .id(anyOrganisationId())
        .name("International Association of Prosecutors");
  }

  /** The Anti-Corruption Directorate of Azerbaijan's Prosecutor General, with every field set. */
  public static Organisation antiCorruptionDirectorate() {
    return Organisation.builder()
        .id(anyOrganisationId())
        .name(
            LocalizedText.builder()
                .put("en", "Anti-Corruption Directorate with the Prosecutor General")
                .put("az", "Baş Prokuror yanında Korrupsiyaya qarşı Mübarizə İdarəsi")
                .build())
        .acronym("ACD")
        .type(OrganisationType.PROSECUTION_SERVICE)
        .country(CountryCode.of("AZ"))
        .parent(anyOrganisationId())
        .addLink(Link.of("https://genprosecutor.gov.az/", Link.Kind.WEB_PAGE))
        .addExternalId(ExternalId.of("donor-db", "AZ-ACD-1"))
        .version(7)
        .createdAt(Instant.parse("2016-01-01T00:00:00Z"))
        .updatedAt(Instant.parse("2017-10-01T12:00:00.000001Z"))
        .build();
  }

  /** A random valid organisation. */
  public static Organisation randomOrganisation(RandomModelValues random) {
    Instant createdAt = random.instant();
    return Organisation.builder()
        .id(OrganisationId.of(random.uuid()))
        .name(random.localizedText(Limits.NAME))
        .acronym(random.chance(0.5) ? random.text(1, Limits.CODE) : null)
        .type(random.anyOf(OrganisationType.class))
        .country(random.chance(0.7) ? random.countries(1).get(0) : null)
        .parent(random.chance(0.3) ? OrganisationId.of(random.uuid()) : null)
        .links(random.links(random.between(0, 3)))
        .externalIds(random.externalIds(random.between(0, 3)))
        .version(random.between(0, 1_000))
        .createdAt(createdAt)
        .updatedAt(createdAt.plusSeconds(random.between(0, 100_000_000)))
        .build();
  }

  /** Gives a test method a random valid organisation on the seed of the current test. */
  public static final class RandomOrganisation implements GivenProvider {
    @Override
    public Object provide(ElementContext context) {
      return randomOrganisation(new RandomModelValues(context.random()));
    }
  }
}
