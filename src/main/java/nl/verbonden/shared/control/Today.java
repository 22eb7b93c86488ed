package nl.verbonden.shared.control;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The date in the Netherlands, where every municipality of Verbonden is: what "today" means for
 * deadlines.
 */
public final class Today {

  public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  private Today() {}

  public static LocalDate date() {
    return LocalDate.now(AMSTERDAM);
  }
}
