package org.coopkit.iati;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.Money;
import org.coopkit.model.project.PolicyMarker;

/**
 * Writes one planned activity as an {@code iati-activity} element, its children in the schema's
 * order: each section below is written by the method of its element, in {@link ActivityElement}'s
 * order, and {@link #child} refuses a child that would come before one already written.
 */
final class ActivityWriter {
  private final XmlOut xml;
  private final ReportingOrg reporter;
  private final String language;
  private ActivityElement last = ActivityElement.IATI_IDENTIFIER;

  ActivityWriter(XmlOut xml, ReportingOrg reporter, String language) {
    this.xml = xml;
    this.reporter = reporter;
    this.language = language;
  }

  void write(ActivityPlan a) {
    last = ActivityElement.IATI_IDENTIFIER;
    xml.start("iati-activity");
    xml.lang(language);
    if (a.lastUpdated != null) {
      xml.attribute("last-updated-datetime", dateTime(a.lastUpdated));
    }
    child(ActivityElement.IATI_IDENTIFIER);
    xml.text(a.identifier);
    xml.end();

    child(ActivityElement.REPORTING_ORG);
    xml.attribute("ref", reporter.ref());
    xml.attribute("type", reporter.type());
    narratives(reporter.name());
    xml.end();

    child(ActivityElement.TITLE);
    narratives(a.title);
    xml.end();

    for (ActivityPlan.Description d : a.descriptions) {
      child(ActivityElement.DESCRIPTION);
      xml.attribute("type", String.valueOf(d.type()));
      narratives(d.text());
      xml.end();
    }

    for (ActivityPlan.Participant p : a.participants) {
      child(ActivityElement.PARTICIPATING_ORG);
      org(p.org());
      xml.attribute("role", String.valueOf(p.role()));
      narratives(p.org().name());
      xml.end();
    }

    emptyChild(ActivityElement.ACTIVITY_STATUS);
    xml.attribute("code", String.valueOf(a.status));

    for (ActivityPlan.ActivityDate d : a.dates) {
      if (d.narrative() == null) {
        emptyChild(ActivityElement.ACTIVITY_DATE);
      } else {
        child(ActivityElement.ACTIVITY_DATE);
      }
      xml.attribute("type", String.valueOf(d.type()));
      xml.attribute("iso-date", d.day().toString());
      if (d.narrative() != null) {
        narrative(language, d.narrative());
        xml.end();
      }
    }

    for (ActivityPlan.Share c : a.countries) {
      emptyChild(ActivityElement.RECIPIENT_COUNTRY);
      xml.attribute("code", c.code());
      xml.attribute("percentage", IatiCodelists.percentage(c.percentage()));
    }
    if (a.region != null) {
      emptyChild(ActivityElement.RECIPIENT_REGION);
      xml.attribute("code", a.region.code());
      xml.attribute("vocabulary", "1");
      xml.attribute("percentage", IatiCodelists.percentage(a.region.percentage()));
    }

    for (ActivityPlan.SectorShare s : a.sectors) {
      emptyChild(ActivityElement.SECTOR);
      xml.attribute("vocabulary", s.vocabulary());
      xml.attribute("code", s.code());
      xml.attribute("percentage", IatiCodelists.percentage(s.percentage()));
    }

    for (PolicyMarker m : a.policyMarkers) {
      emptyChild(ActivityElement.POLICY_MARKER);
      // vocabulary 1: the OECD DAC CRS markers, for which the significance is required
      xml.attribute("vocabulary", "1");
      xml.attribute("code", String.valueOf(m.marker().iatiCode()));
      xml.attribute("significance", String.valueOf(m.significance().iatiCode()));
    }

    for (ActivityPlan.Budget b : a.budgets) {
      child(ActivityElement.BUDGET);
      xml.attribute("type", String.valueOf(b.type()));
      xml.attribute("status", String.valueOf(b.status()));
      date("period-start", b.start());
      date("period-end", b.end());
      value(b.value(), b.start());
      xml.end();
    }

    for (ActivityPlan.Transaction t : a.transactions) {
      child(ActivityElement.TRANSACTION);
      xml.empty("transaction-type");
      xml.attribute("code", String.valueOf(t.type()));
      date("transaction-date", t.date());
      value(t.value(), t.date());
      xml.start("provider-org");
      org(t.provider());
      narratives(t.provider().name());
      xml.end();
      if (t.financeType().isPresent()) {
        xml.empty("finance-type");
        xml.attribute("code", String.valueOf(t.financeType().getAsInt()));
      }
      xml.end();
    }

    for (ActivityPlan.Document d : a.documents) {
      child(ActivityElement.DOCUMENT_LINK);
      xml.attribute("url", d.url().toString());
      xml.attribute("format", d.format());
      xml.start("title");
      // the language of a link's title is not recorded: the activity's default applies
      xml.start("narrative");
      xml.text(d.title());
      xml.end();
      xml.end();
      xml.empty("category");
      xml.attribute("code", d.category());
      xml.end();
    }

    for (ActivityPlan.Related r : a.related) {
      emptyChild(ActivityElement.RELATED_ACTIVITY);
      xml.attribute("ref", r.ref());
      xml.attribute("type", String.valueOf(r.type()));
    }

    ResultWriter results = new ResultWriter(xml);
    for (org.coopkit.model.result.Result r : a.results) {
      inOrder(ActivityElement.RESULT);
      results.write(r);
    }

    xml.end();
    xml.flush();
  }

  /** Starts a child of iati-activity, checking that the schema's order allows it here. */
  private void child(ActivityElement element) {
    inOrder(element);
    xml.start(element.xmlName());
  }

  /** Writes a child of iati-activity without content, as {@link #child} checks its place. */
  private void emptyChild(ActivityElement element) {
    inOrder(element);
    xml.empty(element.xmlName());
  }

  private void inOrder(ActivityElement element) {
    if (element.compareTo(last) < 0) {
      throw new IllegalStateException(
          element.xmlName() + " must not follow " + last.xmlName() + " in an iati-activity");
    }
    last = element;
  }

  private void org(ActivityPlan.Org org) {
    if (org.ref() != null) {
      xml.attribute("ref", org.ref());
    }
    xml.attribute("type", org.type());
  }

  private void narratives(LocalizedText text) {
    for (Map.Entry<String, String> t : text.texts().entrySet()) {
      narrative(t.getKey(), t.getValue());
    }
  }

  private void narrative(String languageTag, String text) {
    xml.start("narrative");
    xml.lang(languageTag);
    xml.text(text);
    xml.end();
  }

  private void date(String element, LocalDate day) {
    xml.empty(element);
    xml.attribute("iso-date", day.toString());
  }

  private void value(Money money, LocalDate valueDate) {
    xml.start("value");
    xml.attribute("currency", money.currency().getCurrencyCode());
    xml.attribute("value-date", valueDate.toString());
    xml.text(money.amount().toPlainString());
    xml.end();
  }

  static String dateTime(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
