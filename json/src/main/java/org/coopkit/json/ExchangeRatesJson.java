package org.coopkit.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.coopkit.model.ExchangeRates;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * {@link ExchangeRates} as JSON, for hosts that pass rates around: {@code {"target": "EUR", "asOf":
 * "2024-03-01", "source": "InforEuro", "rates": {"USD": "0.92"}}}, each rate a decimal string so no
 * JSON reader rounds it. Not part of the {@code coopkit/1} document: rates are the caller's, never
 * stored.
 */
final class ExchangeRatesJson {
  private static final Pattern RATE = Pattern.compile("[0-9]{1,20}(\\.[0-9]{1,20})?");

  static final ShapedObjectReader.Shape SHAPE =
      ShapedObjectReader.Shape.of("ExchangeRates", "target", "asOf", "source", "rates");

  private ExchangeRatesJson() {}

  static void write(JsonGenerator g, ExchangeRates rates) {
    g.writeStartObject();
    g.writeStringProperty("target", rates.target().getCurrencyCode());
    g.writeStringProperty("asOf", rates.asOf().toString());
    g.writeStringProperty("source", rates.source());
    g.writeName("rates");
    g.writeStartObject();
    rates.rates().forEach((c, r) -> g.writeStringProperty(c.getCurrencyCode(), r.toPlainString()));
    g.writeEndObject();
    g.writeEndObject();
  }

  static ExchangeRates read(JsonParser p) {
    ShapedObjectReader r = ShapedObjectReader.start(p, SHAPE);
    Currency target = null;
    LocalDate asOf = null;
    String source = null;
    Map<Currency, BigDecimal> rates = new LinkedHashMap<>();
    while (r.next()) {
      switch (r.name()) {
        case "target" -> target = currency(p, TokenReader.string(p));
        case "asOf" -> asOf = ValueJson.date(p);
        case "source" -> source = TokenReader.string(p);
        case "rates" -> {
          if (p.currentToken() != JsonToken.START_OBJECT) {
            throw TokenReader.wrongType(p, "an object from currency code to rate");
          }
          while (p.nextToken() != JsonToken.END_OBJECT) {
            String currency = p.currentName();
            p.nextToken();
            String rate = TokenReader.string(p);
            if (!RATE.matcher(rate).matches()) {
              throw JsonDataException.at(
                  p,
                  "Invalid ExchangeRates: rates: must be a decimal number such as 0.92 ('"
                      + TokenReader.shorten(rate)
                      + "')");
            }
            rates.put(currency(p, currency), new BigDecimal(rate));
          }
        }
        default -> throw r.unexpected();
      }
    }
    r.require("target", "asOf", "source");
    Currency t = target;
    LocalDate a = asOf;
    String s = source;
    return r.build(
        () -> {
          ExchangeRates.Builder b = ExchangeRates.builder(t, a, s);
          rates.forEach(b::rate);
          return b.build();
        });
  }

  private static Currency currency(JsonParser p, String code) {
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw JsonDataException.at(
          p,
          "Invalid ExchangeRates: currency: must be an ISO 4217 currency code ('"
              + TokenReader.shorten(code)
              + "')");
    }
  }
}
