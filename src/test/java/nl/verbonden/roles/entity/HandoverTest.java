package nl.verbonden.roles.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import nl.verbonden.shared.entity.DomainException;
import org.junit.jupiter.api.Test;

/** Who may succeed whom, from when; the office handed over ends the day before. */
class HandoverTest {

  private static final LocalDate ON = LocalDate.of(2027, 4, 1);

  private static Office office(String name, OfficeKind kind, LocalDate start, LocalDate end) {
    return new Person(name, null).appoint(kind, "Financiën", start, end);
  }

  private static String refused(Office from, Office to, LocalDate on) {
    return assertThrows(DomainException.class, () -> Handover.check(from, to, on)).field();
  }

  @Test
  void aSuccessorOfAnotherPersonAtTheSameLevelInOfficeOnTheDay() {
    Office henk = office("Henk", OfficeKind.WETHOUDER, LocalDate.of(2022, 6, 1), null);
    Office thomas = office("Thomas", OfficeKind.WETHOUDER, ON, null);
    Handover.check(henk, thomas, ON);
    Handover.endTerm(henk, ON);
    assertEquals(LocalDate.of(2027, 3, 31), henk.getEndDate());

    assertEquals("overdragen", refused(null, thomas, ON));
    assertEquals("opvolger", refused(henk, null, ON));
    assertEquals("overdrachtsdatum", refused(henk, thomas, null));
    Office henkAsMayor = henk.getPerson().appoint(OfficeKind.BURGEMEESTER, null, ON, null);
    assertEquals("opvolger", refused(henk, henkAsMayor, ON));
    Office sanne = office("Sanne", OfficeKind.REGISSEUR, LocalDate.of(2020, 1, 1), null);
    assertEquals("opvolger", refused(henk, sanne, ON));
    assertEquals("overdrachtsdatum", refused(henk, thomas, LocalDate.of(2022, 6, 1)));
    assertEquals("opvolger", refused(henk, thomas, ON.minusDays(1)));
  }

  @Test
  void aTermThatAlreadyEndedKeepsItsEnd() {
    LocalDate ended = LocalDate.of(2027, 1, 31);
    Office henk = office("Henk", OfficeKind.WETHOUDER, LocalDate.of(2022, 6, 1), ended);
    Handover.endTerm(henk, ON);
    assertEquals(ended, henk.getEndDate());
  }
}
