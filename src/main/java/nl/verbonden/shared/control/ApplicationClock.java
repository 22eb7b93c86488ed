package nl.verbonden.shared.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock of Verbonden: every "today" and "now" comes from the {@link Clock} this bean
 * produces (inject {@code java.time.Clock} and call {@code LocalDate.now(clock)}). Its zone is
 * Europe/Amsterdam, where every municipality is.
 *
 * <p>The setting {@value #SETTING} moves it, for the test server, the tests and the demo data alike
 * (README, "Testen met een verzette klok"):
 *
 * <ul>
 *   <li>empty (the default): the real time;
 *   <li>a date or date-time, {@code 2027-03-01} or {@code 2027-03-01T09:30}: the clock starts there
 *       when the application starts, and runs on;
 *   <li>a period from the real date, {@code +P2Y} or {@code -P3M}: the clock runs that far ahead or
 *       behind.
 * </ul>
 *
 * This is the only class that may read the real time; an architecture test keeps it so.
 */
@ApplicationScoped
public class ApplicationClock {

  public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  /** The configuration property (server variable, system property or environment) that moves it. */
  public static final String SETTING = "verbonden.clock";

  private final Clock clock;

  /** For the container's proxy. */
  protected ApplicationClock() {
    this.clock = null;
  }

  @Inject
  public ApplicationClock(@ConfigProperty(name = SETTING) Optional<String> setting) {
    this.clock = of(setting.orElse(""), real());
  }

  @Produces
  public Clock clock() {
    return clock;
  }

  /** The real time in the Netherlands. */
  public static Clock real() {
    return Clock.system(AMSTERDAM);
  }

  /**
   * The clock a setting describes, measured from {@code real}.
   *
   * @throws IllegalArgumentException when the setting is neither empty, a date, a date-time nor a
   *     period
   */
  public static Clock of(String setting, Clock real) {
    String value = setting == null ? "" : setting.strip();
    if (value.isEmpty()) {
      return real.withZone(AMSTERDAM);
    }
    Instant now = real.instant();
    Instant start;
    try {
      if (value.startsWith("+") || value.startsWith("-")) {
        Period period = Period.parse(value);
        start = ZonedDateTime.ofInstant(now, AMSTERDAM).plus(period).toInstant();
      } else if (value.contains("T")) {
        start = LocalDateTime.parse(value).atZone(AMSTERDAM).toInstant();
      } else {
        LocalDate date = LocalDate.parse(value);
        // the same time of day as the real clock, on that date
        start =
            ZonedDateTime.ofInstant(now, AMSTERDAM)
                .with(date)
                .withZoneSameLocal(AMSTERDAM)
                .toInstant();
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          SETTING
              + "="
              + value
              + " is not a date (2027-03-01), a date-time (2027-03-01T09:30) or a period (+P2Y)",
          e);
    }
    return Clock.offset(real.withZone(AMSTERDAM), Duration.between(now, start));
  }

  /**
   * The clock the running JVM is set to by the system property or environment variable {@value
   * #SETTING} (VERBONDEN_CLOCK): for code outside the container, such as the unit tests.
   */
  public static Clock fromSystem() {
    String setting = System.getProperty(SETTING);
    if (setting == null || setting.isBlank()) {
      setting = System.getenv("VERBONDEN_CLOCK");
    }
    return of(setting, real());
  }
}
