package nl.verbonden.register.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Collection;
import java.util.stream.Collectors;
import nl.verbonden.register.control.PartyHistory;
import nl.verbonden.shared.control.ApplicationClock;
import nl.verbonden.shared.web.Messages;

/**
 * Labels for values in pages, in the user's language: {@code #{labels.of(party.legalForm)}} names
 * an enum value by its key in the bundle ({@link PartyHistory#enumKey}); {@code
 * #{labels.euro(amount)}} writes an amount in euros.
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
    return value.toString();
  }

  /** An amount as € 1.234.567,89 (Dutch) or €1,234,567.89 (English); empty for none. */
  public String euro(BigDecimal amount) {
    if (amount == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getCurrencyInstance(locale());
    format.setCurrency(java.util.Currency.getInstance("EUR"));
    return format.format(amount);
  }

  /** A moment as the clock in the Netherlands showed it: 5-1-2026 14:03. */
  public String moment(java.time.Instant instant) {
    return instant == null
        ? ""
        : java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy HH:mm")
            .format(instant.atZone(ApplicationClock.AMSTERDAM));
  }

  /** A percentage with up to two decimals. */
  public String percent(BigDecimal share) {
    if (share == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale());
    format.setMaximumFractionDigits(2);
    return format.format(share) + "%";
  }

  /**
   * A number as the page's language writes it (decimal comma in Dutch), at most two decimals; empty
   * for none.
   */
  public String number(BigDecimal value) {
    if (value == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale());
    format.setMaximumFractionDigits(2);
    return format.format(value);
  }

  private static java.util.Locale locale() {
    jakarta.faces.context.FacesContext context =
        jakarta.faces.context.FacesContext.getCurrentInstance();
    return context != null && context.getViewRoot() != null
        ? java.util.Locale.forLanguageTag(context.getViewRoot().getLocale().getLanguage() + "-NL")
        : java.util.Locale.forLanguageTag("nl-NL");
  }
}
