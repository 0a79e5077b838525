package org.coopkit.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.coopkit.error.ValidationException;
import org.coopkit.model.event.EventId;
import org.coopkit.model.project.ProjectId;
import org.junit.jupiter.api.Test;

class LogframeQueryTest {

  @Test
  void toBuilderKeepsTheFilterThePageSizeAndThePage() {
    ProjectId last = ProjectId.of(UUID.fromString("7c0f6a53-1c38-4e1c-9d3a-5b8e8f0a2b11"));
    LogframeQuery query =
        LogframeQuery.builder()
            .event(EventId.of(UUID.fromString("0b8e2a4c-3f1d-4a6b-8c2e-9d7f1a3b5c6d")))
            .limit(7)
            .build()
            .after(last.toString());

    LogframeQuery copy = query.toBuilder().build();

    assertThat(copy).isEqualTo(query);
    assertThat(copy.after()).isEqualTo(last);
    assertThat(copy.limit()).isEqualTo(7);
    assertThat(query.toBuilder().after(null).build().after()).isNull();
  }

  @Test
  void aCursorThatIsNotAProjectIdIsRefused() {
    assertThatThrownBy(() -> LogframeQuery.builder().after("page-2"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("page-2");
  }
}
