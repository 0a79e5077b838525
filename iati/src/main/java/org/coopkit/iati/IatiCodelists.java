package org.coopkit.iati;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.coopkit.model.Link;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.project.ProjectStatus;
import org.coopkit.model.project.RelationType;

/** How coopkit's values become codes of IATI 2.03's code lists. */
final class IatiCodelists {
  /** What IATI's rules allow in an identifier: no blanks and none of {@code / & | ?}. */
  private static final Pattern IDENTIFIER = Pattern.compile("[^/&|?\\s]+");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The OECD DAC region codes of IATI's Region code list (vocabulary 1). */
  static final Set<String> DAC_REGIONS =
      Set.of(
          "88", "89", "189", "289", "298", "380", "389", "489", "498", "589", "619", "679", "689",
          "789", "798", "889", "998");

  /** Media types by a document address's file extension; others are assumed to be web pages. */
  private static final Map<String, String> FORMATS =
      Map.ofEntries(
          Map.entry("pdf", "application/pdf"),
          Map.entry("doc", "application/msword"),
          Map.entry(
              "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
          Map.entry("odt", "application/vnd.oasis.opendocument.text"),
          Map.entry("xls", "application/vnd.ms-excel"),
          Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
          Map.entry("ppt", "application/vnd.ms-powerpoint"),
          Map.entry(
              "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
          Map.entry("csv", "text/csv"),
          Map.entry("txt", "text/plain"),
          Map.entry("xml", "application/xml"),
          Map.entry("json", "application/json"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("png", "image/png"),
          Map.entry("mp4", "video/mp4"));

  private IatiCodelists() {}

  static boolean isIdentifier(String value) {
    return IDENTIFIER.matcher(value).matches();
  }

  /** The ActivityStatus code, or empty for a status IATI has none for ({@code UNKNOWN}). */
  static OptionalInt activityStatus(ProjectStatus status) {
    return switch (status) {
      case PIPELINE -> OptionalInt.of(1);
      case IMPLEMENTATION -> OptionalInt.of(2);
      case FINALISATION -> OptionalInt.of(3);
      case CLOSED -> OptionalInt.of(4);
      case CANCELLED -> OptionalInt.of(5);
      case SUSPENDED -> OptionalInt.of(6);
      case UNKNOWN -> OptionalInt.empty();
    };
  }

  /**
   * The OrganisationType code. coopkit's types say what an organisation does, IATI's what sector it
   * belongs to: a public authority with a country is a government body, an NGO with a country a
   * national one, without a country an international one.
   */
  static String organisationType(Organisation organisation) {
    boolean national = organisation.country() != null;
    return switch (organisation.type()) {
      case INTERNATIONAL_ORGANISATION -> "40";
      case GOVERNMENT -> "10";
      case PROSECUTION_SERVICE, LAW_ENFORCEMENT, JUDICIARY -> national ? "10" : "90";
      case NGO -> national ? "22" : "21";
      case PRIVATE_SECTOR -> "70";
      case ACADEMIA -> "80";
      case OTHER -> "90";
    };
  }

  /**
   * The RelatedActivityType code: 1 parent, 2 child, 3 sibling; empty for a relation IATI has no
   * type for.
   */
  static OptionalInt relatedActivityType(RelationType type) {
    return switch (type) {
      case PARENT -> OptionalInt.of(1);
      case CHILD -> OptionalInt.of(2);
      case SIBLING -> OptionalInt.of(3);
      case PREDECESSOR, SUCCESSOR, RELATED -> OptionalInt.empty();
    };
  }

  /** The DocumentCategory code (activity-level, A) a link of this kind is published under. */
  static String documentCategory(Link.Kind kind) {
    return switch (kind) {
      case DOCUMENT -> "A02";
      case REPORT -> "A07";
      case WEB_PAGE, SOURCE, MEDIA, OTHER -> "A12";
    };
  }

  /** The media type of a link's target, from its file extension; a web page when it has none. */
  static String format(URI uri) {
    String path = uri.getPath() == null ? "" : uri.getPath();
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    if (dot > slash) {
      String format = FORMATS.get(path.substring(dot + 1).toLowerCase(Locale.ROOT));
      if (format != null) {
        return format;
      }
    }
    return "text/html";
  }

  /**
   * Splits 100 into {@code n} equal shares of two decimals, the last taking what rounding left, so
   * that they add up to exactly 100.
   */
  static List<BigDecimal> equalShares(int n) {
    List<BigDecimal> shares = new ArrayList<>(n);
    BigDecimal each = HUNDRED.divide(BigDecimal.valueOf(n), 2, RoundingMode.DOWN);
    for (int i = 0; i < n - 1; i++) {
      shares.add(each);
    }
    shares.add(HUNDRED.subtract(each.multiply(BigDecimal.valueOf(n - 1L))));
    return shares;
  }

  /** A percentage as IATI writes it: a plain decimal without trailing zeros. */
  static String percentage(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
