package nl.verbonden.roles.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.verbonden.roles.entity.Office;
import nl.verbonden.roles.entity.OfficeKind;
import nl.verbonden.roles.entity.Person;
import nl.verbonden.roles.entity.PersonChange;
import nl.verbonden.shared.control.DutchFormat;
import nl.verbonden.shared.entity.HistoryEntry;
import nl.verbonden.shared.entity.NotFoundException;
import nl.verbonden.testsupport.HistoryLines;
import nl.verbonden.testsupport.InContainer;
import org.junit.jupiter.api.Test;

/**
 * The history of people and their offices in the container: written with the regisseur's name under
 * the regisseur's municipality; read by no other municipality and by no raadslid.
 */
class PersonHistoryIT extends InContainer {

  /** The display name of regisseur.zeist (demo/gebruikers.csv). */
  private static final String KEES = "Kees Bakker";

  private static final String ZEIST = "GM0355";
  private static final String WOUDENBERG = "GM0351";

  @Inject private PeopleService people;
  @Inject private Clock clock;

  @Test
  void aPersonAndTheirOfficesAreWrittenWithTheRegisseursNameUnderTheirMunicipality() {
    as.login("regisseur.zeist");
    LocalDate start = LocalDate.now(clock).minusYears(1);
    long zeistBefore = data.countTenantRows("person_change", ZEIST);
    long woudenbergBefore = data.countTenantRows("person_change", WOUDENBERG);
    Person created =
        people.createWithOffice(
            new Person("Historia Wethouder", null), OfficeKind.WETHOUDER, "Cultuur", start, null);

    Person edited = people.find(created.getId());
    edited.setEmail("h.wethouder@zeist.nl");
    people.update(edited);
    Office office = people.find(created.getId()).getOffices().get(0);
    people.endOffice(office.getId(), start.plusMonths(6));

    List<PersonChange> history = people.history(created.getId());
    HistoryEntry email = HistoryLines.of(history, "person.email").get(0);
    assertEquals(null, email.getOldValue());
    assertEquals("h.wethouder@zeist.nl", email.getNewValue());
    assertEquals(KEES, email.getWho());
    HistoryEntry added = HistoryLines.of(history, "history.office.added").get(0);
    assertEquals("Wethouder (Cultuur)", added.getSubject());
    assertEquals(DutchFormat.date(start) + " –", added.getNewValue());
    HistoryEntry ended = HistoryLines.of(history, "history.office.ended").get(0);
    assertEquals(DutchFormat.date(start.plusMonths(6)), ended.getNewValue());
    assertEquals(KEES, ended.getWho());
    assertEquals("history.office.ended", history.get(0).getEntry().getFieldKey(), "newest first");
    assertEquals(
        zeistBefore + history.size(), data.countTenantRows("person_change", ZEIST), "under Zeist");
    assertEquals(woudenbergBefore, data.countTenantRows("person_change", WOUDENBERG));
  }

  @Test
  void aRegisseurOfAnotherMunicipalityOrARaadslidCannotReadIt() {
    as.login("regisseur.zeist");
    Long person = people.create(new Person("Historia Geheim", null)).getId();
    as.logout();

    as.login("regisseur.woudenberg");
    assertThrows(NotFoundException.class, () -> people.history(person));
    as.logout();
    as.login("raad.zeist");
    assertThrows(EJBAccessException.class, () -> people.history(person));
  }
}
