package nl.verbonden.attention.entity;

import java.io.Serializable;
import java.util.List;

/**
 * A kind of thing that needs attention, with all its items, most urgent first.
 *
 * @param key the message key of the heading; {@code key + ".none"} is never shown: empty groups are
 *     left out by {@link Attention}
 * @param more where the whole list lives, from the context root
 */
public record AttentionGroup(String key, List<AttentionItem> items, String more)
    implements Serializable {

  /** How many items the start page shows of a group; the rest is behind {@link #more()}. */
  public static final int SHOWN = 8;

  public AttentionGroup {
    items = List.copyOf(items);
  }

  public int count() {
    return items.size();
  }

  /** The items the start page shows. */
  public List<AttentionItem> shown() {
    return items.size() <= SHOWN ? items : items.subList(0, SHOWN);
  }

  /** How many items are not shown. */
  public int hidden() {
    return Math.max(0, items.size() - SHOWN);
  }

  public long lateCount() {
    return items.stream().filter(AttentionItem::late).count();
  }
}
