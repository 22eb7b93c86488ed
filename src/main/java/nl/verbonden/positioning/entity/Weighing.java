package nl.verbonden.positioning.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The options weighed against the principles (plain Java): per option the sum of weight × score (−−
 * is −2 … ++ is +2) over the principles, the best it could have been (every principle ++), the
 * result as a share of that from −100 to 100, how many principles it was not yet scored on (they
 * count as 0), its rank, and what does not fit in its steering model and role division.
 */
public record Weighing(List<Row> rows, int maximum) implements java.io.Serializable {

  public record Row(
      PositioningOption option,
      int total,
      int percent,
      int unscored,
      int rank,
      List<String> findings)
      implements java.io.Serializable {}

  public static Weighing of(PositioningQuestion question) {
    List<Principle> principles = question.getPrinciples();
    int maximum = principles.stream().mapToInt(p -> p.getWeight() * Score.MAX).sum();
    List<int[]> totals = new ArrayList<>();
    for (PositioningOption option : question.getOptions()) {
      int total = 0;
      int unscored = 0;
      for (Principle p : principles) {
        var score = option.scoreOn(p);
        if (score.isPresent()) {
          total += p.getWeight() * score.get().getScore().value();
        } else {
          unscored++;
        }
      }
      totals.add(new int[] {total, unscored});
    }
    List<Row> rows = new ArrayList<>();
    List<PositioningOption> options = question.getOptions();
    for (int i = 0; i < options.size(); i++) {
      int total = totals.get(i)[0];
      int rank = 1;
      for (int[] other : totals) {
        if (other[0] > total) {
          rank++;
        }
      }
      rows.add(
          new Row(
              options.get(i),
              total,
              percent(total, maximum),
              totals.get(i)[1],
              rank,
              Consistency.check(options.get(i))));
    }
    return new Weighing(List.copyOf(rows), maximum);
  }

  /** The total as a share of the maximum, rounded half away from zero; 0 when nothing weighs. */
  static int percent(int total, int maximum) {
    if (maximum == 0) {
      return 0;
    }
    return (int) Math.signum(total) * (int) Math.round(Math.abs(total) * 100.0 / maximum);
  }

  /** The rows from best to worst (the table's order stays the options' order). */
  public List<Row> ranked() {
    return rows.stream().sorted(Comparator.comparingInt(Row::rank)).toList();
  }
}
