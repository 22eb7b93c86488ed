package nl.verbonden.roles.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.verbonden.shared.entity.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Offices and their terms: who can hold what, and when a term is over. */
class OfficeTest {

  private static final LocalDate START = LocalDate.of(2022, 6, 1);
  private static final LocalDate END = LocalDate.of(2026, 5, 31);

  private final Person person = new Person("Anna Jansen", "a.jansen@woudenberg.nl");

  private static void refused(
      String key, String field, org.junit.jupiter.api.function.Executable action) {
    DomainException e = assertThrows(DomainException.class, action);
    assertEquals(key, e.messageKey());
    assertEquals(field, e.field());
  }

  @ParameterizedTest
  @EnumSource(
      value = OfficeKind.class,
      names = {"BURGEMEESTER", "WETHOUDER"})
  void portefeuillehoudersAreBestuurlijk(OfficeKind kind) {
    assertEquals(RoleLevel.BESTUURLIJK, kind.level());
  }

  @ParameterizedTest
  @EnumSource(
      value = OfficeKind.class,
      names = {"BURGEMEESTER", "WETHOUDER"},
      mode = EnumSource.Mode.EXCLUDE)
  void everyOtherOfficeIsAmbtelijk(OfficeKind kind) {
    assertEquals(RoleLevel.AMBTELIJK, kind.level());
  }

  @Test
  void aWethouderNeedsAPortfolio() {
    refused(
        "verbonden.office.portfolio",
        "functiePortefeuille",
        () -> person.appoint(OfficeKind.WETHOUDER, " ", START, null));
    assertDoesNotThrow(() -> person.appoint(OfficeKind.BURGEMEESTER, null, START, null));
  }

  @Test
  void anOfficeNeedsAKindAndAStart() {
    refused("validation.required", "functieSoort", () -> person.appoint(null, null, START, null));
    refused(
        "validation.required",
        "functieStart",
        () -> person.appoint(OfficeKind.CONTROLLER, null, null, null));
  }

  @Test
  void aTermCannotEndBeforeItStarts() {
    refused(
        "verbonden.office.endBeforeStart",
        "functieEinde",
        () -> person.appoint(OfficeKind.CONTROLLER, null, START, START.minusDays(1)));
    assertDoesNotThrow(() -> person.appoint(OfficeKind.CONTROLLER, null, START, START));
  }

  @Test
  void aPortfolioHasAtMost300Characters() {
    refused(
        "validation.tooLong",
        "functiePortefeuille",
        () -> person.appoint(OfficeKind.WETHOUDER, "p".repeat(301), START, null));
  }

  @Test
  void theSameOfficeCannotBeHeldTwiceAtOnce() {
    person.appoint(OfficeKind.WETHOUDER, "Sociaal domein", START, END);
    refused(
        "verbonden.office.overlap",
        "functieStart",
        () -> person.appoint(OfficeKind.WETHOUDER, "sociaal DOMEIN", END, null));
    assertDoesNotThrow(
        () -> person.appoint(OfficeKind.WETHOUDER, "Sociaal domein", END.plusDays(1), null));
    assertDoesNotThrow(() -> person.appoint(OfficeKind.WETHOUDER, "Financiën", START, null));
  }

  @Test
  void aTermIsActiveFromItsFirstToItsLastDay() {
    Office office = person.appoint(OfficeKind.WETHOUDER, "Sociaal domein", START, END);
    assertFalse(office.isActiveOn(START.minusDays(1)));
    assertTrue(office.isActiveOn(START));
    assertTrue(office.isActiveOn(END));
    assertFalse(office.isActiveOn(END.plusDays(1)));
    assertFalse(office.hasEndedBy(END));
    assertTrue(office.hasEndedBy(END.plusDays(1)));
  }

  @Test
  void anOpenTermNeverEnds() {
    Office office = person.appoint(OfficeKind.REGISSEUR, null, START, null);
    assertTrue(office.isActiveOn(LocalDate.of(2099, 1, 1)));
    assertFalse(office.hasEndedBy(LocalDate.of(2099, 1, 1)));
  }

  @Test
  void endingATermOnce() {
    Office office = person.appoint(OfficeKind.REGISSEUR, null, START, null);
    refused(
        "verbonden.office.endBeforeStart", "functieEinde", () -> office.end(START.minusDays(1)));
    refused("validation.required", "functieEinde", () -> office.end(null));
    office.end(END);
    assertEquals(END, office.getEndDate());
    refused("verbonden.office.alreadyEnded", "functieEinde", () -> office.end(END.plusDays(1)));
  }

  @Test
  void theLabelNamesThePersonAndPortfolio() {
    assertEquals(
        "Anna Jansen (Sociaal domein)",
        person.appoint(OfficeKind.WETHOUDER, " Sociaal domein ", START, null).label());
    assertEquals("Anna Jansen", person.appoint(OfficeKind.CONTROLLER, null, START, null).label());
  }

  @Test
  void currentOfficesAreThoseActiveThatDay() {
    person.appoint(OfficeKind.WETHOUDER, "Sociaal domein", START, END);
    Office now = person.appoint(OfficeKind.WETHOUDER, "Financiën", END.plusDays(1), null);
    assertEquals(java.util.List.of(now), person.currentOffices(END.plusDays(10)));
  }

  @Test
  void namesAndEmailsAreStrippedAndEmptyEmailIsNone() {
    Person p = new Person("  Bram Bakker ", " ");
    assertEquals("Bram Bakker", p.getName());
    assertEquals(null, p.getEmail());
  }
}
