package nl.verbonden.testsupport;

import java.util.List;
import nl.verbonden.shared.entity.HistoryEntry;
import nl.verbonden.shared.entity.HistoryRow;

/** The lines of a history (decision 0014) about one field or event, newest first. */
public final class HistoryLines {

  private HistoryLines() {}

  public static List<HistoryEntry> of(List<? extends HistoryRow> history, String key) {
    return history.stream()
        .map(HistoryRow::getEntry)
        .filter(e -> e.getFieldKey().equals(key))
        .toList();
  }
}
