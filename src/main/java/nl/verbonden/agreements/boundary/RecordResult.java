package nl.verbonden.agreements.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What recording measurements did: how many were new, corrected and unchanged; the indicators for
 * which an escalation was opened; and those red long enough to escalate whose party has no
 * escalation ladder.
 */
public record RecordResult(
    int added, int corrected, int unchanged, List<String> escalated, List<String> withoutLadder)
    implements Serializable {

  public static final RecordResult NOTHING = new RecordResult(0, 0, 0, List.of(), List.of());

  public RecordResult plus(RecordResult other) {
    List<String> opened = new ArrayList<>(escalated);
    opened.addAll(other.escalated);
    List<String> noLadder = new ArrayList<>(withoutLadder);
    noLadder.addAll(other.withoutLadder);
    return new RecordResult(
        added + other.added,
        corrected + other.corrected,
        unchanged + other.unchanged,
        opened,
        noLadder);
  }
}
