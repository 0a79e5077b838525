package org.coopkit.model.source;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Objects;
import org.coopkit.model.Limits;
import org.coopkit.model.internal.Validator;
import org.jspecify.annotations.Nullable;

/**
 * Which reported value of a fact is adopted, how, by whom and why. The adopted value is the one the
 * aggregate holds and reports count (an event's {@link
 * org.coopkit.model.event.Participation#total()}); the other reported values are kept.
 *
 * @since 0.2.0
 */
public final class Adoption {
  private final String value;
  private final AdoptionRule rule;
  private final String actor;
  private final @Nullable String reason;
  private final Instant at;

  private Adoption(
      String value, AdoptionRule rule, String actor, @Nullable String reason, Instant at) {
    requireNonNull(value, "value");
    requireNonNull(rule, "rule");
    requireNonNull(actor, "actor");
    requireNonNull(at, "at");
    String text = Validator.normalize(value);
    String why = Validator.normalizeOrNull(reason);
    Validator v = Validator.of("Adoption");
    v.text(text, "value", Limits.TITLE);
    v.text(actor, "actor", 200);
    v.optionalText(why, "reason", Limits.TITLE);
    v.check(
        rule != AdoptionRule.CHOSEN || why != null,
        "reason",
        "must say why a person chose the value",
        null);
    v.instant(at, "at");
    v.throwIfInvalid();
    this.value = text;
    this.rule = rule;
    this.actor = actor.strip();
    this.reason = why;
    this.at = at;
  }

  /**
   * A value a person chose.
   *
   * @param value the adopted value, one of the fact's reported values
   * @param actor who chose it, as the history names actors
   * @param reason why; not blank, at most {@value Limits#TITLE} characters
   * @param at when
   * @return the adoption
   * @throws org.coopkit.error.ValidationException if a text is blank or too long
   */
  public static Adoption chosen(String value, String actor, String reason, Instant at) {
    return new Adoption(value, AdoptionRule.CHOSEN, actor, reason, at);
  }

  /**
   * A value a rule picked.
   *
   * @param rule the rule
   * @param value the value it picked
   * @param actor who asked for the rule
   * @param at when the rule was set
   * @return the adoption
   * @throws org.coopkit.error.ValidationException if a text is blank or too long
   */
  public static Adoption byRule(AdoptionRule rule, String value, String actor, Instant at) {
    return new Adoption(value, rule, actor, null, at);
  }

  /**
   * The adopted value: the text of one of the fact's {@linkplain FactProvenance#reported() reported
   * values}.
   *
   * @return the value
   */
  public String value() {
    return value;
  }

  /**
   * How it was chosen.
   *
   * @return the rule; {@link AdoptionRule#CHOSEN} when a person chose it
   */
  public AdoptionRule rule() {
    return rule;
  }

  /**
   * Whether a person chose the value (rather than a rule).
   *
   * @return {@code true} for {@link AdoptionRule#CHOSEN}
   */
  public boolean isChosen() {
    return rule == AdoptionRule.CHOSEN;
  }

  /**
   * Who chose the value or set the rule, as {@link org.coopkit.history.Change#actor()} names
   * actors.
   *
   * @return the actor
   */
  public String actor() {
    return actor;
  }

  /**
   * Why the person chose it; it may name people, and a contact's erasure removes it.
   *
   * @return the reason, or {@code null} for a rule
   */
  public @Nullable String reason() {
    return reason;
  }

  /**
   * When it was adopted.
   *
   * @return the time
   */
  public Instant at() {
    return at;
  }

  /**
   * A copy that adopts another value by the same rule, as when a new report changes what the rule
   * picks.
   *
   * @param newValue the value
   * @return the adoption of {@code newValue}
   */
  public Adoption withValue(String newValue) {
    return new Adoption(newValue, rule, actor, reason, at);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Adoption o
        && value.equals(o.value)
        && rule == o.rule
        && actor.equals(o.actor)
        && Objects.equals(reason, o.reason)
        && at.equals(o.at);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, rule, actor, reason, at);
  }

  /**
   * The value and the rule, for logs (not the reason, which may name people).
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "Adoption[" + value + ", " + rule + ", by " + actor + " at " + at + "]";
  }
}
