package nl.verbonden.platform.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import nl.verbonden.cycle.entity.ArrangementYear;
import nl.verbonden.cycle.entity.CouncilMeeting;
import nl.verbonden.cycle.entity.Deadline;
import nl.verbonden.cycle.entity.Zienswijze;
import nl.verbonden.cycle.entity.ZienswijzeStatus;
import nl.verbonden.shared.control.ApplicationClock;
import nl.verbonden.shared.entity.TenantOwnedEntity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Woudenberg's governance year tells the same story on every day: one zienswijze in progress, one
 * due within the coming weeks with a council meeting still in time, one finished; this year's
 * recorded dates never name a receipt after today.
 */
class DemoCycleTest {

  static Stream<LocalDate> days() {
    return Stream.of(
        LocalDate.now(ApplicationClock.fromSystem()),
        LocalDate.of(2026, 11, 29),
        LocalDate.of(2027, 1, 1),
        LocalDate.of(2027, 3, 1),
        LocalDate.of(2027, 4, 12),
        LocalDate.of(2028, 2, 29),
        LocalDate.of(2030, 12, 31));
  }

  private static <T> List<T> of(List<TenantOwnedEntity> all, Class<T> type) {
    return all.stream().filter(type::isInstance).map(type::cast).toList();
  }

  @ParameterizedTest
  @MethodSource("days")
  void oneDossierInProgressOneDueAndOneFinished(LocalDate today) {
    List<TenantOwnedEntity> all =
        DemoCycle.read(DemoRegisters.read("woudenberg", "Woudenberg", today), "woudenberg", today);
    List<LocalDate> meetings =
        of(all, CouncilMeeting.class).stream().map(CouncilMeeting::getDate).toList();
    List<Zienswijze> dossiers = of(all, Zienswijze.class);
    assertEquals(3, dossiers.size());

    Zienswijze inProgress = dossiers.get(0);
    assertEquals(ZienswijzeStatus.VOORSTEL, inProgress.getStatus());
    assertEquals(2, inProgress.getSteps().size());

    Zienswijze due = dossiers.get(1);
    assertEquals(ZienswijzeStatus.ONTVANGEN, due.getStatus());
    Deadline deadline = due.deadline(meetings);
    assertEquals(today.plusWeeks(1), deadline.due());
    assertEquals(today.plusDays(4), deadline.lastCouncilMeeting());
    assertTrue(deadline.dueWithin(today, 42));

    Zienswijze finished = dossiers.get(2);
    assertTrue(finished.isClosed());
    assertEquals(5, finished.getSteps().size());
    assertEquals(Deadline.Status.DONE, finished.deadline(meetings).status(today));

    for (ArrangementYear year : of(all, ArrangementYear.class)) {
      assertEquals(today.getYear(), year.getYear());
      LocalDate kaders = year.cycle().kadersReceived();
      assertFalse(kaders != null && kaders.isAfter(today), "kaders " + kaders + " on " + today);
      assertNotNull(year.getParty());
    }
  }

  @ParameterizedTest
  @MethodSource("days")
  void everyRegelingOfWoudenbergIsCheckedAndOneLacksBurgerparticipatie(LocalDate today) {
    List<nl.verbonden.cycle.entity.ArrangementClauses> clauses =
        of(
            DemoCycle.read(
                DemoRegisters.read("woudenberg", "Woudenberg", today), "woudenberg", today),
            nl.verbonden.cycle.entity.ArrangementClauses.class);
    assertEquals(7, clauses.size());
    List<String> incomplete =
        clauses.stream()
            .filter(c -> !c.missing().isEmpty())
            .map(c -> c.getParty().getName())
            .toList();
    assertEquals(
        List.of("Recreatieschap Utrechtse Heuvelrug, Vallei- en Kromme Rijngebied"), incomplete);
    assertEquals(
        List.of(nl.verbonden.cycle.entity.WgrClause.BURGERPARTICIPATIE),
        clauses.stream().filter(c -> !c.missing().isEmpty()).findFirst().orElseThrow().missing());
  }
}
