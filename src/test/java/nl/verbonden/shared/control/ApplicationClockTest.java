package nl.verbonden.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ApplicationClockTest {

  /** 29 November 2026, 10:15 in Amsterdam (09:15 UTC). */
  private static final Clock REAL =
      Clock.fixed(Instant.parse("2026-11-29T09:15:00Z"), ZoneOffset.UTC);

  @Test
  void withoutASettingItIsTheRealTimeInAmsterdam() {
    Clock clock = ApplicationClock.of("", REAL);
    assertEquals(ApplicationClock.AMSTERDAM, clock.getZone());
    assertEquals(LocalDateTime.of(2026, 11, 29, 10, 15), LocalDateTime.now(clock));
    assertEquals(LocalDate.of(2026, 11, 29), LocalDate.now(ApplicationClock.of(null, REAL)));
    assertEquals(LocalDate.of(2026, 11, 29), LocalDate.now(ApplicationClock.of("  ", REAL)));
  }

  @Test
  void aDateStartsTheClockThereAtTheSameTimeOfDay() {
    Clock clock = ApplicationClock.of("2028-02-29", REAL);
    assertEquals(LocalDateTime.of(2028, 2, 29, 10, 15), LocalDateTime.now(clock));
  }

  @Test
  void aDateTimeStartsTheClockThere() {
    Clock clock = ApplicationClock.of("2030-12-31T23:59", REAL);
    assertEquals(LocalDateTime.of(2030, 12, 31, 23, 59), LocalDateTime.now(clock));
  }

  @Test
  void aPeriodMovesTheClockAheadOrBack() {
    assertEquals(LocalDate.of(2028, 11, 29), LocalDate.now(ApplicationClock.of("+P2Y", REAL)));
    assertEquals(LocalDate.of(2026, 8, 29), LocalDate.now(ApplicationClock.of("-P3M", REAL)));
  }

  @Test
  void theMovedClockRunsOn() {
    Clock later = Clock.offset(REAL, java.time.Duration.ofHours(1));
    Clock moved = ApplicationClock.of("2027-03-01T09:00", REAL);
    // the offset is taken once; the clock then runs with the real one
    Clock movedLater = Clock.offset(moved, java.time.Duration.ofHours(1));
    assertEquals(LocalDateTime.of(2027, 3, 1, 10, 0), LocalDateTime.now(movedLater));
    assertTrue(later.instant().isAfter(REAL.instant()));
  }

  @Test
  void anythingElseIsRefusedWithTheFormsItTakes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ApplicationClock.of("31-02-2027", REAL));
    assertTrue(e.getMessage().contains("2027-03-01"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ApplicationClock.of("2027-02-30", REAL));
    assertThrows(IllegalArgumentException.class, () -> ApplicationClock.of("+2Y", REAL));
  }
}
