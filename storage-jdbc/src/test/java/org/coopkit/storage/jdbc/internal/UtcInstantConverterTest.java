package org.coopkit.storage.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.storage.jdbc.internal.schema.Tables.CONTACT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.ORGANISATION;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.Field;
import org.junit.jupiter.api.Test;

class UtcInstantConverterTest {
  private final UtcInstantConverter converter = new UtcInstantConverter();

  @Test
  void storesAnInstantAsItsUtcDateTimeAndReadsItBack() {
    Instant instant = Instant.parse("2019-03-31T01:30:00.123456Z");

    LocalDateTime stored = converter.to(instant);

    assertThat(stored).isEqualTo(LocalDateTime.parse("2019-03-31T01:30:00.123456"));
    assertThat(converter.from(stored)).isEqualTo(instant);
    assertThat(converter.to(null)).isNull();
    assertThat(converter.from(null)).isNull();
  }

  @Test
  void everyAggregatesTimestampsAreInstantsThroughIt() {
    List<Field<?>> stamps =
        List.of(
            PROJECT.CREATED_AT,
            PROJECT.UPDATED_AT,
            EVENT.CREATED_AT,
            EVENT.UPDATED_AT,
            CONTACT.CREATED_AT,
            CONTACT.UPDATED_AT,
            ORGANISATION.CREATED_AT,
            ORGANISATION.UPDATED_AT);

    assertThat(stamps)
        .allSatisfy(
            field -> {
              assertThat(field.getType()).isEqualTo(Instant.class);
              assertThat(field.getConverter().fromType()).isEqualTo(LocalDateTime.class);
            });
  }
}
