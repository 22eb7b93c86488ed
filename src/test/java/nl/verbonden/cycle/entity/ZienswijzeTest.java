package nl.verbonden.cycle.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.verbonden.register.entity.LegalForm;
import nl.verbonden.register.entity.Party;
import nl.verbonden.shared.entity.DomainException;
import org.junit.jupiter.api.Test;

/**
 * A zienswijze dossier walks its steps in order, with dates that make sense, and refuses others.
 */
class ZienswijzeTest {

  private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
  private static final Party GGD = new Party("GGD", LegalForm.GR_OPENBAAR_LICHAAM, "Utrecht");

  private static Zienswijze received() {
    return Zienswijze.receive(
        GGD,
        ZienswijzeSubject.BEGROTINGSWIJZIGING,
        " Tweede begrotingswijziging ",
        LocalDate.of(2027, 1, 4),
        null,
        "AB-stuk 114",
        TODAY);
  }

  private static String fieldOf(Runnable action) {
    return assertThrows(DomainException.class, action::run).field();
  }

  @Test
  void walksFromReceivedToAnswered() {
    Zienswijze z = received();
    assertEquals("Tweede begrotingswijziging", z.getTitle());
    assertEquals(ZienswijzeStatus.ONTVANGEN, z.getStatus());
    z.propose(ZienswijzeProposal.MET_OPMERKINGEN, "Graag de kosten in de kaderbrief.", TODAY);
    z.propose(ZienswijzeProposal.POSITIEF, "Geen bezwaar.", TODAY);
    assertEquals(ZienswijzeProposal.POSITIEF, z.getProposal());
    z.decide(LocalDate.of(2027, 2, 25), TODAY);
    z.send(LocalDate.of(2027, 2, 26), TODAY);
    assertFalse(z.isClosed());
    z.answer(LocalDate.of(2027, 3, 1), "Dank; ongewijzigd vastgesteld.", true, TODAY);
    assertTrue(z.isClosed());
    assertTrue(z.isEscalatedToGs());
    assertEquals(
        List.of(
            ZienswijzeStatus.ONTVANGEN,
            ZienswijzeStatus.VOORSTEL,
            ZienswijzeStatus.VOORSTEL,
            ZienswijzeStatus.BESLOTEN,
            ZienswijzeStatus.VERZONDEN,
            ZienswijzeStatus.BEANTWOORD),
        z.getSteps().stream().map(ZienswijzeStep::getStatus).toList());
    Deadline d = z.deadline(List.of(LocalDate.of(2027, 2, 25)));
    assertEquals(LocalDate.of(2027, 3, 29), d.due());
    assertEquals(LocalDate.of(2027, 2, 26), d.done());
    assertEquals(Deadline.Status.DONE, d.status(TODAY));
  }

  @Test
  void aDecisionToGiveNoneClosesTheDossierWithoutSending() {
    Zienswijze z = received();
    z.propose(ZienswijzeProposal.GEEN_ZIENSWIJZE, " ", TODAY);
    assertNull(z.getProposalText());
    z.decide(LocalDate.of(2027, 2, 25), TODAY);
    assertTrue(z.isClosed());
    assertEquals("verzonden", fieldOf(() -> z.send(TODAY, TODAY)));
    assertEquals(LocalDate.of(2027, 2, 25), z.deadline(List.of()).done());
  }

  @Test
  void refusesWhatDoesNotFit() {
    assertEquals(
        "onderwerp",
        fieldOf(
            () -> Zienswijze.receive(GGD, null, "x", LocalDate.of(2027, 1, 4), null, null, TODAY)));
    assertEquals(
        "titel",
        fieldOf(
            () ->
                Zienswijze.receive(
                    GGD,
                    ZienswijzeSubject.ONTWERPBEGROTING,
                    "x".repeat(201),
                    TODAY,
                    null,
                    null,
                    TODAY)));
    assertEquals(
        "ontvangen",
        fieldOf(
            () ->
                Zienswijze.receive(
                    GGD,
                    ZienswijzeSubject.ONTWERPBEGROTING,
                    "x",
                    TODAY.plusDays(1),
                    null,
                    null,
                    TODAY)));
    assertEquals(
        "vergadering",
        fieldOf(
            () ->
                Zienswijze.receive(
                    GGD,
                    ZienswijzeSubject.ONTWERPBEGROTING,
                    "x",
                    TODAY,
                    TODAY.minusDays(1),
                    null,
                    TODAY)));

    Zienswijze z = received();
    assertEquals("besloten", fieldOf(() -> z.decide(TODAY, TODAY)));
    assertEquals("voorstel", fieldOf(() -> z.propose(null, "x", TODAY)));
    assertEquals(
        "voorsteltekst", fieldOf(() -> z.propose(ZienswijzeProposal.NEGATIEF, "  ", TODAY)));
    z.propose(ZienswijzeProposal.NEGATIEF, "Nee.", TODAY);
    assertEquals("besloten", fieldOf(() -> z.decide(LocalDate.of(2027, 1, 3), TODAY)));
    assertEquals("besloten", fieldOf(() -> z.decide(TODAY.plusDays(1), TODAY)));
    z.decide(LocalDate.of(2027, 2, 1), TODAY);
    assertEquals("voorstel", fieldOf(() -> z.propose(ZienswijzeProposal.POSITIEF, "x", TODAY)));
    assertEquals("verzonden", fieldOf(() -> z.send(LocalDate.of(2027, 1, 31), TODAY)));
    z.send(LocalDate.of(2027, 2, 2), TODAY);
    assertEquals("antwoord", fieldOf(() -> z.answer(TODAY, " ", false, TODAY)));
    assertEquals(
        "beantwoord", fieldOf(() -> z.answer(LocalDate.of(2027, 2, 1), "x", false, TODAY)));
    assertEquals(ZienswijzeStatus.VERZONDEN, z.getStatus());
  }

  @Test
  void anArrangementYearRefusesAReceiptAfterToday() {
    ArrangementYear year = new ArrangementYear(GGD, 2027);
    CycleYear future = new CycleYear(2027, TODAY.plusDays(1), null, null, null);
    assertEquals("kaders", fieldOf(() -> year.record(future, TODAY)));
    CycleYear planned = new CycleYear(2027, TODAY, null, LocalDate.of(2027, 7, 2), null);
    year.record(planned, TODAY);
    assertEquals(planned, year.cycle());
  }
}
