package nl.verbonden.reminders.entity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Which items a digest carries: those within the person's horizon or late whose present stage has
 * not been mailed to them before, the late first, then by day. Plain Java: the selection rule, unit
 * tested; the service stamps what it sends.
 */
public final class Digest {

  /** The shortest and longest horizon a person can choose, in days. */
  public static final int MIN_HORIZON = 1;

  public static final int MAX_HORIZON = 60;

  /** The horizon of a person who did not choose one. */
  public static final int DEFAULT_HORIZON = 14;

  private Digest() {}

  /**
   * @param stamped the keys already mailed to this person, as {@link #stamp} made them
   */
  public static List<DigestLine> select(
      Collection<AgendaItem> agenda, Set<String> stamped, LocalDate today, int horizonDays) {
    return lines(agenda, stamped, today, horizonDays).stream()
        .filter(l -> !l.mailed())
        .map(l -> new DigestLine(l.item(), l.stage()))
        .toList();
  }

  /**
   * Every item within the horizon or late, with its stage and whether it was mailed in that stage:
   * what the person's page shows. The late first, then by day.
   */
  public static List<AgendaLine> lines(
      Collection<AgendaItem> agenda, Set<String> stamped, LocalDate today, int horizonDays) {
    return agenda.stream()
        .flatMap(
            item ->
                ReminderStage.of(item.due(), today, horizonDays)
                    .map(stage -> new AgendaLine(item, stage, stamped.contains(stamp(item, stage))))
                    .stream())
        .sorted(
            Comparator.comparing((AgendaLine l) -> l.stage() != ReminderStage.LATE)
                .thenComparing(l -> l.item().due())
                .thenComparing(l -> l.item().title()))
        .toList();
  }

  /** What marks an item as mailed to a person in a stage: its key and the stage. */
  public static String stamp(AgendaItem item, ReminderStage stage) {
    return item.key() + "#" + stage.name();
  }
}
