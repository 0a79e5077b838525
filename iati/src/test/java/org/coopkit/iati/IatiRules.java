package org.coopkit.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * The IATI 2.03 rules an activity file is checked against, written here from the standard's
 * activity schema, its rulesets and its code lists, independently of the writer: element order,
 * required elements and attributes, codes, percentages, ISO dates and languages.
 */
final class IatiRules {
  /** The children of iati-activity, in the order of the 2.03 schema's sequence. */
  static final List<String> ACTIVITY_ORDER =
      List.of(
          "iati-identifier",
          "reporting-org",
          "title",
          "description",
          "participating-org",
          "other-identifier",
          "activity-status",
          "activity-date",
          "contact-info",
          "activity-scope",
          "recipient-country",
          "recipient-region",
          "location",
          "sector",
          "tag",
          "country-budget-items",
          "humanitarian-scope",
          "policy-marker",
          "collaboration-type",
          "default-flow-type",
          "default-finance-type",
          "default-aid-type",
          "default-tied-status",
          "budget",
          "planned-disbursement",
          "capital-spend",
          "transaction",
          "document-link",
          "related-activity",
          "legacy-data",
          "conditions",
          "result",
          "crs-add",
          "fss");

  /** The children of transaction, in the schema's order. */
  static final List<String> TRANSACTION_ORDER =
      List.of(
          "transaction-type",
          "transaction-date",
          "value",
          "description",
          "provider-org",
          "receiver-org",
          "disbursement-channel",
          "sector",
          "recipient-country",
          "recipient-region",
          "flow-type",
          "finance-type",
          "aid-type",
          "tied-status");

  /** The children of result, in the schema's order. */
  static final List<String> RESULT_ORDER =
      List.of("title", "description", "document-link", "reference", "indicator");

  /** The children of indicator, in the schema's order. */
  static final List<String> INDICATOR_ORDER =
      List.of("title", "description", "document-link", "reference", "baseline", "period");

  /** The children of baseline, in the schema's order: its document-links before its comment. */
  static final List<String> BASELINE_ORDER =
      List.of("location", "dimension", "document-link", "comment");

  /** The children of period, in the schema's order. */
  static final List<String> PERIOD_ORDER =
      List.of("period-start", "period-end", "target", "actual");

  /** The children of target and actual, in the schema's order: the comment before links. */
  static final List<String> VALUE_ORDER =
      List.of("location", "dimension", "comment", "document-link");

  static final Set<String> RESULT_TYPES = Set.of("1", "2", "3", "9");
  static final Set<String> INDICATOR_MEASURES = Set.of("1", "2", "3", "4", "5");
  static final Set<String> BOOLEANS = Set.of("0", "1", "true", "false");
  static final Set<String> ORGANISATION_ROLES = Set.of("1", "2", "3", "4");
  static final Set<String> ORGANISATION_TYPES =
      Set.of(
          "10", "11", "15", "21", "22", "23", "24", "30", "40", "60", "70", "71", "72", "73", "80",
          "90");
  static final Set<String> ACTIVITY_STATUSES = Set.of("1", "2", "3", "4", "5", "6");
  static final Set<String> ACTIVITY_DATE_TYPES = Set.of("1", "2", "3", "4");
  static final Set<String> DESCRIPTION_TYPES = Set.of("1", "2", "3", "4");
  static final Set<String> SECTOR_VOCABULARIES = Set.of("1", "2");
  static final Set<String> POLICY_MARKERS =
      Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
  static final Set<String> POLICY_SIGNIFICANCES = Set.of("0", "1", "2", "3", "4");
  static final Set<String> BUDGET_TYPES = Set.of("1", "2");
  static final Set<String> BUDGET_STATUSES = Set.of("1", "2");
  static final Set<String> TRANSACTION_TYPES =
      Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13");
  static final Set<String> RELATED_ACTIVITY_TYPES = Set.of("1", "2", "3", "4", "5");
  static final Set<String> DOCUMENT_CATEGORIES =
      Set.of("A01", "A02", "A03", "A04", "A05", "A06", "A07", "A08", "A09", "A10", "A11", "A12");
  private static final Pattern NO_SEPARATORS = Pattern.compile("[^/&|?]+");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private IatiRules() {}

  /** Every rule the file breaks, as a line each; empty when it follows them all. */
  static List<String> problems(IatiXml file, LocalDate today) throws Exception {
    List<String> problems = new ArrayList<>();
    Element root = file.document.getDocumentElement();
    check(problems, root.getTagName().equals("iati-activities"), "root is iati-activities");
    check(problems, root.getAttribute("version").equals("2.03"), "iati-activities/@version 2.03");
    check(problems, isDateTime(root.getAttribute("generated-datetime")), "generated-datetime");
    List<Element> activities = IatiXml.elements(root, "iati-activity");
    check(problems, !activities.isEmpty(), "at least one iati-activity");
    String reportingRef = null;
    for (Element a : activities) {
      String id = IatiXml.string(a, "iati-identifier");
      List<String> found = new ArrayList<>();
      activity(a, found, today);
      String ref = IatiXml.string(a, "reporting-org/@ref");
      if (reportingRef == null) {
        reportingRef = ref;
      }
      check(found, ref.equals(reportingRef), "the same reporting-org/@ref in every activity");
      found.forEach(p -> problems.add(id + ": " + p));
    }
    return problems;
  }

  private static void activity(Element a, List<String> problems, LocalDate today) throws Exception {
    order(problems, IatiXml.childNames(a), ACTIVITY_ORDER, "iati-activity");
    boolean defaultLang =
        !a.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang").isEmpty();
    count(problems, a, "iati-identifier", 1, 1);
    String id = IatiXml.string(a, "iati-identifier");
    check(problems, NO_SEPARATORS.matcher(id).matches(), "iati-identifier without / & | ?");
    String reporting = IatiXml.string(a, "reporting-org/@ref");
    check(
        problems, id.startsWith(reporting + "-"), "iati-identifier starts with reporting-org/@ref");
    count(problems, a, "reporting-org", 1, 1);
    check(problems, !reporting.isEmpty(), "reporting-org/@ref");
    in(
        problems,
        IatiXml.string(a, "reporting-org/@type"),
        ORGANISATION_TYPES,
        "reporting-org/@type");
    count(problems, a, "reporting-org/narrative", 1, Integer.MAX_VALUE);
    count(problems, a, "title", 1, 1);
    count(problems, a, "title/narrative", 1, Integer.MAX_VALUE);
    count(problems, a, "description", 1, Integer.MAX_VALUE);
    for (Element d : IatiXml.elements(a, "description")) {
      count(problems, d, "narrative", 1, Integer.MAX_VALUE);
      if (d.hasAttribute("type")) {
        in(problems, d.getAttribute("type"), DESCRIPTION_TYPES, "description/@type");
      }
    }
    count(problems, a, "participating-org", 1, Integer.MAX_VALUE);
    for (Element p : IatiXml.elements(a, "participating-org")) {
      in(problems, p.getAttribute("role"), ORGANISATION_ROLES, "participating-org/@role");
      if (p.hasAttribute("type")) {
        in(problems, p.getAttribute("type"), ORGANISATION_TYPES, "participating-org/@type");
      }
      check(
          problems,
          p.hasAttribute("ref") || !IatiXml.elements(p, "narrative").isEmpty(),
          "participating-org has @ref or a narrative");
    }
    count(problems, a, "activity-status", 1, 1);
    in(problems, IatiXml.string(a, "activity-status/@code"), ACTIVITY_STATUSES, "activity-status");
    count(problems, a, "activity-date", 1, Integer.MAX_VALUE);
    Map<String, LocalDate> dates = new LinkedHashMap<>();
    for (Element d : IatiXml.elements(a, "activity-date")) {
      in(problems, d.getAttribute("type"), ACTIVITY_DATE_TYPES, "activity-date/@type");
      LocalDate day = isoDate(problems, d.getAttribute("iso-date"), "activity-date/@iso-date");
      if (day != null) {
        dates.put(d.getAttribute("type"), day);
      }
    }
    check(problems, dates.containsKey("1") || dates.containsKey("2"), "a start activity-date");
    before(problems, dates.get("1"), dates.get("3"), "planned start before planned end");
    before(problems, dates.get("2"), dates.get("4"), "actual start before actual end");
    before(problems, dates.get("2"), today, "actual start not in the future");
    before(problems, dates.get("4"), today, "actual end not in the future");
    check(
        problems,
        !IatiXml.elements(a, "recipient-country | recipient-region").isEmpty(),
        "a recipient-country or recipient-region");
    for (Element c : IatiXml.elements(a, "recipient-country")) {
      check(problems, c.getAttribute("code").matches("[A-Z]{2}"), "recipient-country/@code");
    }
    for (Element r : IatiXml.elements(a, "recipient-region")) {
      check(problems, r.getAttribute("vocabulary").equals("1"), "recipient-region/@vocabulary");
    }
    sum(problems, IatiXml.elements(a, "recipient-country | recipient-region"), "recipients");
    count(problems, a, "sector", 1, Integer.MAX_VALUE);
    Map<String, List<Element>> byVocabulary = new LinkedHashMap<>();
    for (Element s : IatiXml.elements(a, "sector")) {
      String vocabulary = s.hasAttribute("vocabulary") ? s.getAttribute("vocabulary") : "1";
      in(problems, vocabulary, SECTOR_VOCABULARIES, "sector/@vocabulary");
      check(
          problems,
          s.getAttribute("code").matches(vocabulary.equals("1") ? "\\d{5}" : "\\d{3}"),
          "sector/@code of its vocabulary");
      byVocabulary.computeIfAbsent(vocabulary, v -> new ArrayList<>()).add(s);
    }
    byVocabulary.forEach((v, sectors) -> sum(problems, sectors, "sector vocabulary " + v));
    for (Element m : IatiXml.elements(a, "policy-marker")) {
      in(problems, m.getAttribute("code"), POLICY_MARKERS, "policy-marker/@code");
      in(problems, m.getAttribute("significance"), POLICY_SIGNIFICANCES, "significance");
    }
    for (Element b : IatiXml.elements(a, "budget")) {
      in(problems, b.getAttribute("type"), BUDGET_TYPES, "budget/@type");
      in(problems, b.getAttribute("status"), BUDGET_STATUSES, "budget/@status");
      LocalDate start = isoDate(problems, IatiXml.string(b, "period-start/@iso-date"), "start");
      LocalDate end = isoDate(problems, IatiXml.string(b, "period-end/@iso-date"), "end");
      if (start != null && end != null) {
        before(problems, start, end, "budget period-start before period-end");
        check(problems, !end.isAfter(start.plusYears(1)), "budget period at most a year");
      }
      value(problems, IatiXml.elements(b, "value"), today, false);
    }
    for (Element t : IatiXml.elements(a, "transaction")) {
      order(problems, IatiXml.childNames(t), TRANSACTION_ORDER, "transaction");
      in(
          problems,
          IatiXml.string(t, "transaction-type/@code"),
          TRANSACTION_TYPES,
          "transaction-type");
      LocalDate day =
          isoDate(problems, IatiXml.string(t, "transaction-date/@iso-date"), "transaction-date");
      before(problems, day, today, "transaction-date not in the future");
      value(problems, IatiXml.elements(t, "value"), today, true);
      for (Element p : IatiXml.elements(t, "provider-org")) {
        check(
            problems,
            p.hasAttribute("ref") || !IatiXml.elements(p, "narrative").isEmpty(),
            "provider-org has @ref or a narrative");
      }
    }
    for (Element d : IatiXml.elements(a, "document-link")) {
      check(problems, !d.getAttribute("url").isEmpty(), "document-link/@url");
      check(problems, d.getAttribute("format").contains("/"), "document-link/@format");
      order(
          problems,
          IatiXml.childNames(d),
          List.of("title", "description", "category", "language", "document-date"),
          "document-link");
      count(problems, d, "title/narrative", 1, Integer.MAX_VALUE);
      count(problems, d, "category", 1, Integer.MAX_VALUE);
      for (Element c : IatiXml.elements(d, "category")) {
        in(problems, c.getAttribute("code"), DOCUMENT_CATEGORIES, "document-link/category");
      }
    }
    for (Element r : IatiXml.elements(a, "related-activity")) {
      check(problems, !r.getAttribute("ref").isEmpty(), "related-activity/@ref");
      in(problems, r.getAttribute("type"), RELATED_ACTIVITY_TYPES, "related-activity/@type");
    }
    for (Element r : IatiXml.elements(a, "result")) {
      result(problems, r);
    }
    for (Element n : IatiXml.elements(a, ".//narrative")) {
      check(
          problems,
          defaultLang || n.hasAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"),
          "a narrative's language, its own or the activity's");
      check(problems, !n.getTextContent().isBlank(), "a narrative is not blank");
    }
  }

  private static void result(List<String> problems, Element r) throws Exception {
    order(problems, IatiXml.childNames(r), RESULT_ORDER, "result");
    in(problems, r.getAttribute("type"), RESULT_TYPES, "result/@type");
    if (r.hasAttribute("aggregation-status")) {
      in(problems, r.getAttribute("aggregation-status"), BOOLEANS, "result/@aggregation-status");
    }
    count(problems, r, "title", 1, 1);
    count(problems, r, "title/narrative", 1, Integer.MAX_VALUE);
    count(problems, r, "indicator", 1, Integer.MAX_VALUE);
    for (Element i : IatiXml.elements(r, "indicator")) {
      order(problems, IatiXml.childNames(i), INDICATOR_ORDER, "indicator");
      in(problems, i.getAttribute("measure"), INDICATOR_MEASURES, "indicator/@measure");
      if (i.hasAttribute("ascending")) {
        in(problems, i.getAttribute("ascending"), BOOLEANS, "indicator/@ascending");
      }
      count(problems, i, "title", 1, 1);
      count(problems, i, "title/narrative", 1, Integer.MAX_VALUE);
      for (Element b : IatiXml.elements(i, "baseline")) {
        order(problems, IatiXml.childNames(b), BASELINE_ORDER, "baseline");
        check(problems, b.getAttribute("year").matches("[1-9]\\d{3}"), "baseline/@year yyyy");
        if (b.hasAttribute("iso-date")) {
          LocalDate day = isoDate(problems, b.getAttribute("iso-date"), "baseline/@iso-date");
          check(
              problems,
              day == null || b.getAttribute("year").equals(String.valueOf(day.getYear())),
              "baseline/@iso-date in baseline/@year");
        }
        measured(problems, b, "baseline");
      }
      for (Element p : IatiXml.elements(i, "period")) {
        order(problems, IatiXml.childNames(p), PERIOD_ORDER, "period");
        count(problems, p, "period-start", 1, 1);
        count(problems, p, "period-end", 1, 1);
        LocalDate start = isoDate(problems, IatiXml.string(p, "period-start/@iso-date"), "start");
        LocalDate end = isoDate(problems, IatiXml.string(p, "period-end/@iso-date"), "end");
        before(problems, start, end, "period-start before period-end");
        for (Element v : IatiXml.elements(p, "target | actual")) {
          order(problems, IatiXml.childNames(v), VALUE_ORDER, v.getTagName());
          measured(problems, v, v.getTagName());
        }
      }
    }
  }

  /** A baseline's, target's or actual's value, dimensions and comment. */
  private static void measured(List<String> problems, Element e, String what) throws Exception {
    if (e.hasAttribute("value")) {
      try {
        new BigDecimal(e.getAttribute("value"));
      } catch (NumberFormatException x) {
        problems.add(what + "/@value is a decimal: " + e.getAttribute("value"));
      }
    }
    count(problems, e, "comment", 0, 1);
    for (Element c : IatiXml.elements(e, "comment")) {
      count(problems, c, "narrative", 1, Integer.MAX_VALUE);
    }
    for (Element d : IatiXml.elements(e, "dimension")) {
      check(
          problems,
          !d.getAttribute("name").isEmpty() && !d.getAttribute("value").isEmpty(),
          what + "/dimension has a name and a value");
    }
  }

  private static void value(
      List<String> problems, List<Element> values, LocalDate today, boolean notAfterToday) {
    check(problems, values.size() == 1, "one value");
    for (Element v : values) {
      LocalDate day = isoDate(problems, v.getAttribute("value-date"), "value/@value-date");
      if (notAfterToday) {
        before(problems, day, today, "value-date not in the future");
      }
      try {
        Currency.getInstance(v.getAttribute("currency"));
      } catch (IllegalArgumentException e) {
        problems.add("value/@currency is an ISO 4217 code: " + v.getAttribute("currency"));
      }
      try {
        new BigDecimal(v.getTextContent());
      } catch (NumberFormatException e) {
        problems.add("value is a decimal: " + v.getTextContent());
      }
    }
  }

  /** Each name comes no earlier in {@code order} than the one before it. */
  static void order(List<String> problems, List<String> names, List<String> order, String what) {
    int last = -1;
    for (String name : names) {
      int at = order.indexOf(name);
      if (at < 0) {
        problems.add(what + " has no child " + name);
      } else if (at < last) {
        problems.add(what + ": " + name + " comes after " + order.get(last));
      } else {
        last = at;
      }
    }
  }

  private static void sum(List<String> problems, List<Element> shares, String what) {
    if (shares.size() <= 1 && shares.stream().noneMatch(e -> e.hasAttribute("percentage"))) {
      return;
    }
    BigDecimal total = BigDecimal.ZERO;
    for (Element e : shares) {
      if (!e.hasAttribute("percentage")) {
        problems.add(what + ": every share has a percentage");
        return;
      }
      BigDecimal p = new BigDecimal(e.getAttribute("percentage"));
      check(problems, p.signum() >= 0 && p.compareTo(HUNDRED) <= 0, what + ": 0 to 100");
      total = total.add(p);
    }
    check(problems, total.compareTo(HUNDRED) == 0, what + " add up to 100, not " + total);
  }

  private static void count(List<String> problems, Element context, String path, int min, int max)
      throws Exception {
    int n = IatiXml.elements(context, path).size();
    check(problems, n >= min && n <= max, path + " " + min + ".." + max + " times, not " + n);
  }

  private static void in(List<String> problems, String value, Set<String> codes, String what) {
    check(problems, codes.contains(value), what + " is a code of its list: '" + value + "'");
  }

  private static LocalDate isoDate(List<String> problems, String value, String what) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      problems.add(what + " is an ISO date: '" + value + "'");
      return null;
    }
  }

  private static void before(List<String> problems, LocalDate first, LocalDate then, String what) {
    if (first != null && then != null) {
      check(problems, !first.isAfter(then), what + ": " + first + " > " + then);
    }
  }

  private static boolean isDateTime(String value) {
    try {
      OffsetDateTime.parse(value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static void check(List<String> problems, boolean ok, String rule) {
    if (!ok) {
      problems.add(rule);
    }
  }
}
