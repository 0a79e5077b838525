package org.coopkit.iati;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.PartialDate;
import org.coopkit.model.result.Actual;
import org.coopkit.model.result.Baseline;
import org.coopkit.model.result.Breakdown;
import org.coopkit.model.result.Indicator;
import org.coopkit.model.result.MeasureKind;
import org.coopkit.model.result.Period;
import org.coopkit.model.result.Result;
import org.coopkit.model.result.Target;
import org.jspecify.annotations.Nullable;

/**
 * Writes the results of a logframe as {@code result} elements, each child in the 2.03 schema's
 * order: a result's title before its indicators; an indicator's title, its baselines, then its
 * periods; a baseline's dimensions before its comment; a period's start and end, then its targets,
 * then its actual values; a target's or actual's dimensions before its comment.
 */
final class ResultWriter {
  private final XmlOut xml;

  ResultWriter(XmlOut xml) {
    this.xml = xml;
  }

  /** Writes one result; the plan has left out a result without indicators. */
  void write(Result result) {
    xml.start("result");
    xml.attribute("type", String.valueOf(result.level().iatiCode()));
    xml.start("title");
    narratives(result.statement());
    xml.end();
    for (Indicator indicator : result.indicators()) {
      indicator(indicator);
    }
    xml.end();
  }

  private void indicator(Indicator indicator) {
    xml.start("indicator");
    xml.attribute("measure", String.valueOf(indicator.measure().kind().iatiCode()));
    xml.attribute("ascending", indicator.direction().iatiAscending() ? "1" : "0");
    xml.start("title");
    narratives(indicator.statement());
    xml.end();
    for (Baseline b : sorted(indicator.baselines(), Baseline::breakdown)) {
      baseline(indicator, b);
    }
    TreeSet<Period> periods = new TreeSet<>();
    indicator.targets().forEach(t -> periods.add(t.period()));
    indicator.actuals().forEach(a -> periods.add(a.period()));
    for (Period period : periods) {
      xml.start("period");
      date("period-start", period.start().toString());
      date("period-end", period.end().toString());
      for (Target t : sorted(indicator.targets(), Target::breakdown)) {
        if (t.period().equals(period)) {
          value("target", indicator, t.breakdown(), t.value(), t.note());
        }
      }
      // Actual values computed from events are not stored: an indicator computed from events has
      // none here, and the progress report counts them.
      for (Actual a : sorted(indicator.actuals(), Actual::breakdown)) {
        if (a.period().equals(period)) {
          value("actual", indicator, a.breakdown(), a.value(), a.note());
        }
      }
      xml.end();
    }
    xml.end();
  }

  private void baseline(Indicator indicator, Baseline b) {
    xml.start("baseline");
    PartialDate date = b.date();
    xml.attribute("year", String.valueOf(date.earliest().getYear()));
    if (date.precision() == PartialDate.Precision.DAY) {
      xml.attribute("iso-date", date.earliest().toString());
    }
    xml.attribute("value", number(b.value()));
    dimensions(b.breakdown());
    comment(indicator, b.value(), b.note());
    xml.end();
  }

  private void value(
      String element,
      Indicator indicator,
      Breakdown breakdown,
      BigDecimal value,
      @Nullable String note) {
    xml.start(element);
    xml.attribute("value", number(value));
    dimensions(breakdown);
    comment(indicator, value, note);
    xml.end();
  }

  private void dimensions(Breakdown breakdown) {
    if (breakdown.country() != null) {
      dimension("country", breakdown.country().alpha2());
    }
    if (breakdown.sex() != null) {
      dimension("sex", code(breakdown.sex()));
    }
    if (breakdown.organisationType() != null) {
      dimension("organisation-type", code(breakdown.organisationType()));
    }
  }

  private void dimension(String name, String value) {
    xml.empty("dimension");
    xml.attribute("name", name);
    xml.attribute("value", value);
  }

  /**
   * The comment: for a scale, the level's name in each of its languages (IATI's ordinal measure
   * takes the level's position as the value); then the note, whose language is not recorded, so the
   * activity's default applies.
   */
  private void comment(Indicator indicator, BigDecimal value, @Nullable String note) {
    LocalizedText level = null;
    if (indicator.measure().kind() == MeasureKind.SCALE) {
      level = indicator.measure().levels().get(value.intValueExact());
    }
    if (level == null && note == null) {
      return;
    }
    xml.start("comment");
    if (level != null) {
      narratives(level);
    }
    if (note != null) {
      xml.start("narrative");
      xml.text(note);
      xml.end();
    }
    xml.end();
  }

  private void narratives(LocalizedText text) {
    for (Map.Entry<String, String> t : text.texts().entrySet()) {
      xml.start("narrative");
      xml.lang(t.getKey());
      xml.text(t.getValue());
      xml.end();
    }
  }

  private void date(String element, String isoDate) {
    xml.empty(element);
    xml.attribute("iso-date", isoDate);
  }

  static String number(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /**
   * An enum constant as a dimension's value: {@code INTERNATIONAL_ORGANISATION} as {@code
   * international-organisation}.
   */
  private static String code(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static <T> List<T> sorted(
      List<T> values, java.util.function.Function<T, Breakdown> breakdown) {
    List<T> copy = new ArrayList<>(values);
    copy.sort(java.util.Comparator.comparing(breakdown));
    return copy;
  }
}
