package nl.verbonden.search.boundary;

import java.io.Serializable;
import java.util.List;
import nl.verbonden.shared.control.SearchHit;

/**
 * What the search found for a text, grouped by kind in the providers' order; only kinds with hits.
 *
 * @param text the text searched for, as typed (without surrounding spaces)
 * @param groups the kinds with hits
 */
public record SearchResults(String text, List<Group> groups) implements Serializable {

  /** Nothing searched (a text too short or too long). */
  public static SearchResults none(String text) {
    return new SearchResults(text, List.of());
  }

  /** The number of hits shown. */
  public int count() {
    return groups.stream().mapToInt(g -> g.hits().size()).sum();
  }

  public boolean isEmpty() {
    return groups.isEmpty();
  }

  /**
   * The hits of one kind.
   *
   * @param kind the provider's kind, naming the group ({@code search.kind.<kind>})
   * @param hits at most {@link SearchService#PER_KIND}
   * @param more whether there are more than those
   */
  public record Group(String kind, List<SearchHit> hits, boolean more) implements Serializable {}
}
