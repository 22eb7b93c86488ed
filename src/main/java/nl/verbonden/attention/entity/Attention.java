package nl.verbonden.attention.entity;

import java.io.Serializable;
import java.util.List;

/** Everything that needs a person's attention, by kind; kinds without items are left out. */
public record Attention(List<AttentionGroup> groups) implements Serializable {

  public Attention {
    groups = groups.stream().filter(g -> g.count() > 0).toList();
  }

  public boolean isEmpty() {
    return groups.isEmpty();
  }

  public int total() {
    return groups.stream().mapToInt(AttentionGroup::count).sum();
  }
}
