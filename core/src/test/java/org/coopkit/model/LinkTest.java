package org.coopkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.model.ModelAssertions.invalid;
import static org.coopkit.model.ModelAssertions.violation;

import com.google.common.testing.EqualsTester;
import java.net.URI;
import org.coopkit.model.Link.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkTest {

  @Test
  void makesAnUntitledLink() {
    Link link = Link.of("https://example.org/report.pdf", Kind.REPORT);
    assertThat(link.uri()).isEqualTo(URI.create("https://example.org/report.pdf"));
    assertThat(link.title()).isNull();
    assertThat(link.kind()).isEqualTo(Kind.REPORT);
  }

  @Test
  void normalisesTheTitle() {
    Link link = Link.of(" http://example.org/ ", "  Re\u0301sume\u0301 ", Kind.DOCUMENT);
    assertThat(link.title()).isEqualTo("Résumé");
    assertThat(link.uri()).hasToString("http://example.org/");
  }

  @Test
  void keepsAUnicodeTitle() {
    assertThat(Link.of("https://example.org", "Երևանի համաժողով", Kind.WEB_PAGE).title())
        .isEqualTo("Երևանի համաժողով");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://example.org/file",
        "mailto:someone@example.org",
        "file:///etc/passwd",
        "javascript:alert(1)"
      })
  void rejectsASchemeOtherThanHttpNamingTheUri(String uri) {
    assertThat(invalid(() -> Link.of(uri, Kind.OTHER)).paths())
        .contains("uri")
        .doesNotContain("kind");
  }

  @Test
  void rejectsARelativeAddress() {
    assertThat(invalid(() -> Link.of("/reports/final.pdf", Kind.REPORT)).violations())
        .allSatisfy(v -> assertThat(v.path()).isEqualTo("uri"))
        .anySatisfy(v -> assertThat(v.rule()).contains("absolute"));
  }

  @Test
  void rejectsAnAddressWithoutHost() {
    violation(() -> Link.of("https:///path", Kind.REPORT), "uri", "with a host");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://exa mple.org", "http://example.org/%zz", "https://[::1"})
  void turnsAMalformedAddressIntoAViolation(String uri) {
    violation(() -> Link.of(uri, Kind.OTHER), "uri", "well-formed");
  }

  @Test
  void acceptsAnAddressAtTheLengthLimitAndRejectsOneBeyond() {
    String base = "https://example.org/";
    String atLimit = base + "a".repeat(Limits.URI - base.length());
    assertThat(Link.of(atLimit, Kind.OTHER).uri().toString()).hasSize(Limits.URI);
    violation(() -> Link.of(atLimit + "a", Kind.OTHER), "uri", "at most " + Limits.URI);
  }

  @Test
  void rejectsABlankOrOverlongTitle() {
    violation(() -> Link.of("https://example.org", " ", Kind.OTHER), "title", "must not be blank");
    violation(
        () -> Link.of("https://example.org", "t".repeat(Limits.TITLE + 1), Kind.OTHER),
        "title",
        "at most " + Limits.TITLE);
  }

  @Test
  void rejectsMissingParts() {
    assertThat(invalid(() -> new Link(null, null, null)).paths()).containsExactly("uri", "kind");
  }

  @Test
  void reportsTheOtherFieldsAlongWithAMalformedAddress() {
    assertThat(invalid(() -> Link.of("https://exa mple.org", "", null)).paths())
        .containsExactly("uri", "title", "kind");
  }

  @Test
  void comparesByAddressTitleAndKind() {
    new EqualsTester()
        .addEqualityGroup(
            Link.of("https://example.org/a", Kind.SOURCE),
            new Link(URI.create("https://example.org/a"), null, Kind.SOURCE))
        .addEqualityGroup(Link.of("https://example.org/a", "A", Kind.SOURCE))
        .addEqualityGroup(Link.of("https://example.org/a", Kind.MEDIA))
        .addEqualityGroup(Link.of("https://example.org/b", Kind.SOURCE))
        .testEquals();
  }
}
