package nl.verbonden.reminders.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The digest's selection rule, the stages, and the once-per-stage stamping. */
class DigestTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 28);

  private static AgendaItem item(String key, LocalDate due) {
    return new AgendaItem(key, AgendaKind.ZIENSWIJZE, "Titel " + key, "n", List.of(), due, "/x");
  }

  @Test
  void anItemIsAheadWithinTheHorizonSoonWithinThreeDaysAndLateAfterItsDay() {
    assertEquals(Optional.empty(), ReminderStage.of(TODAY.plusDays(15), TODAY, 14));
    assertEquals(Optional.of(ReminderStage.AHEAD), ReminderStage.of(TODAY.plusDays(14), TODAY, 14));
    assertEquals(Optional.of(ReminderStage.AHEAD), ReminderStage.of(TODAY.plusDays(4), TODAY, 14));
    assertEquals(Optional.of(ReminderStage.SOON), ReminderStage.of(TODAY.plusDays(3), TODAY, 14));
    assertEquals(Optional.of(ReminderStage.SOON), ReminderStage.of(TODAY, TODAY, 14));
    assertEquals(Optional.of(ReminderStage.LATE), ReminderStage.of(TODAY.minusDays(1), TODAY, 14));
  }

  @Test
  void theStagesCrossTheYearEnd() {
    LocalDate newYearsEve = LocalDate.of(2026, 12, 31);
    assertEquals(
        Optional.of(ReminderStage.SOON),
        ReminderStage.of(LocalDate.of(2027, 1, 2), newYearsEve, 14));
    assertEquals(
        Optional.of(ReminderStage.LATE),
        ReminderStage.of(newYearsEve, LocalDate.of(2027, 1, 1), 14));
  }

  @Test
  void aDigestCarriesWhatIsWithinTheHorizonLateFirstThenByDay() {
    List<DigestLine> lines =
        Digest.select(
            List.of(
                item("far", TODAY.plusDays(30)),
                item("ahead", TODAY.plusDays(10)),
                item("late", TODAY.minusDays(5)),
                item("soon", TODAY.plusDays(1))),
            Set.of(),
            TODAY,
            14);
    assertEquals(
        List.of("late", "soon", "ahead"), lines.stream().map(l -> l.item().key()).toList());
    assertEquals(ReminderStage.LATE, lines.get(0).stage());
  }

  @Test
  void eachItemIsMailedOncePerStage() {
    AgendaItem due = item("z:1", TODAY.plusDays(10));
    Set<String> stamped = new HashSet<>();

    List<DigestLine> first = Digest.select(List.of(due), stamped, TODAY, 14);
    assertEquals(1, first.size());
    first.forEach(l -> stamped.add(Digest.stamp(l.item(), l.stage())));

    assertTrue(Digest.select(List.of(due), stamped, TODAY, 14).isEmpty(), "the same day again");
    assertTrue(
        Digest.select(List.of(due), stamped, TODAY.plusDays(5), 14).isEmpty(),
        "still ahead five days later");

    List<DigestLine> soon = Digest.select(List.of(due), stamped, TODAY.plusDays(7), 14);
    assertEquals(ReminderStage.SOON, soon.get(0).stage(), "three days before: once more");
    soon.forEach(l -> stamped.add(Digest.stamp(l.item(), l.stage())));

    List<DigestLine> late = Digest.select(List.of(due), stamped, TODAY.plusDays(11), 14);
    assertEquals(ReminderStage.LATE, late.get(0).stage(), "and once when it is late");
    late.forEach(l -> stamped.add(Digest.stamp(l.item(), l.stage())));
    assertTrue(Digest.select(List.of(due), stamped, TODAY.plusDays(40), 14).isEmpty());
  }

  @Test
  void anItemThatComesInLateIsMailedOnlyAsLate() {
    List<DigestLine> lines =
        Digest.select(List.of(item("m:1", TODAY.minusDays(2))), Set.of(), TODAY, 14);
    assertEquals(1, lines.size());
    assertEquals(ReminderStage.LATE, lines.get(0).stage());
  }

  @Test
  void aMovedDateIsANewItem() {
    Set<String> stamped =
        Set.of(Digest.stamp(item("wgr:1:X:2027-01-05", TODAY.plusDays(8)), ReminderStage.AHEAD));
    assertEquals(
        1,
        Digest.select(List.of(item("wgr:1:X:2027-01-07", TODAY.plusDays(10))), stamped, TODAY, 14)
            .size());
  }

  @Test
  void weeklyDigestsGoOutOnMondaysDailyOnesEveryDayNoneNever() {
    LocalDate monday = LocalDate.of(2026, 11, 30);
    assertEquals(DayOfWeek.MONDAY, monday.getDayOfWeek());
    assertTrue(DigestFrequency.WEEKLY.sendsOn(monday));
    assertFalse(DigestFrequency.WEEKLY.sendsOn(monday.plusDays(1)));
    assertTrue(DigestFrequency.DAILY.sendsOn(monday.plusDays(3)));
    assertFalse(DigestFrequency.NONE.sendsOn(monday));
  }

  @Test
  void aChoiceOutOfRangeIsRefusedAtItsField() {
    ReminderSetting setting = new ReminderSetting(1L);
    var tooFar =
        org.junit.jupiter.api.Assertions.assertThrows(
            nl.verbonden.shared.entity.DomainException.class,
            () -> setting.choose(DigestFrequency.DAILY, 61, "nl"));
    assertEquals("horizon", tooFar.field());
    var language =
        org.junit.jupiter.api.Assertions.assertThrows(
            nl.verbonden.shared.entity.DomainException.class,
            () -> setting.choose(DigestFrequency.DAILY, 14, "de"));
    assertEquals("taal", language.field());
    assertEquals(DigestFrequency.NONE, setting.getFrequency(), "nothing changed");
    setting.choose(DigestFrequency.WEEKLY, 60, "en");
    assertEquals(60, setting.getHorizonDays());
  }
}
