package nl.verbonden.roles.entity;

import java.time.LocalDate;
import nl.verbonden.shared.entity.DomainException;

/**
 * The rules of handing every role of an office over to a successor after a change of college or of
 * staff: a successor of another person at the same level (bestuurlijk for bestuurlijk), in office
 * on the day of the handover, which lies after the start of the office handed over. Plain Java.
 */
public final class Handover {

  private Handover() {}

  /**
   * @throws DomainException at the field that is wrong: {@code overdragen} (the office handed
   *     over), {@code opvolger} or {@code overdrachtsdatum}
   */
  public static void check(Office from, Office to, LocalDate on) {
    if (from == null) {
      throw new DomainException("validation.required", "overdragen");
    }
    if (to == null) {
      throw new DomainException("validation.required", "opvolger");
    }
    if (on == null) {
      throw new DomainException("validation.required", "overdrachtsdatum");
    }
    if (to.getPerson().equals(from.getPerson())) {
      throw new DomainException("verbonden.handover.samePerson", "opvolger");
    }
    if (to.level() != from.level()) {
      throw new DomainException("verbonden.handover.level", "opvolger");
    }
    if (!on.isAfter(from.getStartDate())) {
      throw new DomainException("verbonden.handover.beforeStart", "overdrachtsdatum");
    }
    if (!to.isActiveOn(on)) {
      throw new DomainException("verbonden.handover.successorNotInOffice", "opvolger");
    }
  }

  /** Ends the office handed over on the day before the handover, unless its term already ended. */
  public static boolean endTerm(Office from, LocalDate on) {
    if (from.getEndDate() == null) {
      from.end(on.minusDays(1));
      return true;
    }
    return false;
  }
}
