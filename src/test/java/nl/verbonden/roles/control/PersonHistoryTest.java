package nl.verbonden.roles.control;

import static nl.verbonden.register.TestIds.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.verbonden.roles.entity.Office;
import nl.verbonden.roles.entity.OfficeKind;
import nl.verbonden.roles.entity.Person;
import nl.verbonden.roles.entity.RoleSubject;
import nl.verbonden.shared.entity.Changed;
import org.junit.jupiter.api.Test;

/** The history of a person: their name and e-mail, and their offices given and ended. */
class PersonHistoryTest {

  private final Person person = withId(new Person("Anne de Wit", null), 21L);

  @Test
  void aChangedPersonGetsALinePerChangedField() {
    Map<String, Object> before = PersonHistory.describe(person);
    person.setName("Anne de Wit-Bos");
    person.setEmail("a.dewit@woudenberg.nl");

    Changed changed = PersonHistory.changed(before, person);

    assertEquals(RoleSubject.PERSON, changed.kind());
    assertEquals(21L, changed.subjectId());
    assertEquals(
        List.of(
            new Changed.Line("person.name", null, "Anne de Wit", "Anne de Wit-Bos"),
            new Changed.Line("person.email", null, null, "a.dewit@woudenberg.nl")),
        changed.lines());
  }

  @Test
  void anOfficeGivenAndEndedAreLinesOfItsHolder() {
    Office office =
        person.appoint(OfficeKind.WETHOUDER, "Financiën", LocalDate.of(2026, 1, 5), null);

    assertEquals(
        Changed.of(
            RoleSubject.PERSON,
            21L,
            "history.office.added",
            "Wethouder (Financiën)",
            null,
            "5-1-2026 –"),
        PersonHistory.appointed(office));

    office.end(LocalDate.of(2026, 11, 30));

    assertEquals(
        Changed.of(
            RoleSubject.PERSON,
            21L,
            "history.office.ended",
            "Wethouder (Financiën)",
            null,
            "30-11-2026"),
        PersonHistory.ended(office));
  }

  @Test
  void anOfficeWithoutPortfolioAndWithAnEndIsNamedByItsKind() {
    Office office =
        person.appoint(
            OfficeKind.CONTROLLER, null, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 31));

    assertEquals("Controller", PersonHistory.office(office));
    assertEquals("1-2-2026 – 31-12-2026", PersonHistory.term(office));
  }
}
