package nl.verbonden.attention.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One thing that needs attention, as the start page shows it: a title that links to where it is
 * dealt with, a note (a message key with its arguments, so the page words it in the user's
 * language), the day it is due or was due, and whether that day has passed.
 *
 * @param link the page's path with its parameters, from the context root ({@code
 *     /dvo/agreement.xhtml?id=5})
 */
public record AttentionItem(
    String title, String noteKey, List<String> noteArgs, LocalDate date, boolean late, String link)
    implements Serializable {

  public AttentionItem {
    noteArgs = List.copyOf(noteArgs);
  }

  /** The note's argument at {@code index}, empty when there is none (for the page's params). */
  public String arg(int index) {
    return index < noteArgs.size() ? noteArgs.get(index) : "";
  }
}
