package nl.verbonden.register.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;
import nl.verbonden.register.control.PartyHistory;
import nl.verbonden.shared.control.DutchFormat;
import nl.verbonden.shared.web.Messages;

/**
 * Labels for values in pages, in the user's language: {@code #{labels.of(party.legalForm)}} names
 * an enum value by its key in the bundle ({@link PartyHistory#enumKey}); {@code
 * #{labels.euro(amount)}}, {@code number}, {@code percent}, {@code date}, {@code moment} and {@code
 * year} write values exactly as the history, the overview and the exports do ({@link DutchFormat}:
 * one Dutch notation, whatever the page's language).
 */
@Named
@ApplicationScoped
public class Labels {

  public String of(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Enum<?> constant) {
      return Messages.text(PartyHistory.enumKey(constant));
    }
    if (value instanceof Collection<?> values) {
      return values.stream().map(this::of).collect(Collectors.joining(", "));
    }
    if (value instanceof Boolean yes) {
      return Messages.text(yes ? "common.yes" : "common.no");
    }
    if (value instanceof LocalDate date) {
      return DutchFormat.date(date);
    }
    return value.toString();
  }

  /** An amount as € 1.234.567,89 ({@link DutchFormat#money}); empty for none. */
  public String euro(BigDecimal amount) {
    return DutchFormat.money(amount);
  }

  /** A moment as the clock in the Netherlands showed it: 5-1-2026 14:03; empty for none. */
  public String moment(Instant instant) {
    return DutchFormat.dateTime(instant);
  }

  /** A date as 5-1-2026 ({@link DutchFormat#date}); empty for none. */
  public String date(LocalDate date) {
    return DutchFormat.date(date);
  }

  /** A percentage as 12,5% ({@link DutchFormat#percent}); empty for none. */
  public String percent(BigDecimal share) {
    return DutchFormat.percent(share);
  }

  /** A number as 1.234,50 or 12 ({@link DutchFormat#number}); empty for none. */
  public String number(BigDecimal value) {
    return DutchFormat.number(value);
  }

  /** A year as its digits, never grouped: 2026; empty for none. */
  public String year(Integer year) {
    return year == null ? "" : DutchFormat.year(year);
  }
}
