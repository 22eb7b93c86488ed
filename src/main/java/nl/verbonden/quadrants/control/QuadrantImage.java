package nl.verbonden.quadrants.control;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import nl.verbonden.quadrants.entity.Position;
import nl.verbonden.quadrants.entity.Quadrant;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBubbleRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The quadrant matrix rendered on the server as a PNG (JFreeChart), for the printed governance
 * overview: a title with the year, the quadrants divided and labelled in Dutch, a bubble per placed
 * relation sized by its budget and labelled with its whole name (the abbreviation in brackets when
 * it has one, else wrapped over lines, never cut; near an edge the label turns inwards), and a
 * legend of what size and border mean (issue 18).
 */
public final class QuadrantImage {

  private QuadrantImage() {}

  /**
   * @param text the labels, by message key (Dutch for the overview)
   */
  public static byte[] png(
      List<Position> positions, Function<String, String> text, int width, int height) {
    return png(positions, text, width, height, null);
  }

  /**
   * @param text the labels, by message key (Dutch for the overview)
   * @param year the year in the title; null: the year of the positions, if any
   */
  public static byte[] png(
      List<Position> positions,
      Function<String, String> text,
      int width,
      int height,
      Integer year) {
    List<Position> placed = positions.stream().filter(Position::isPlaced).toList();
    double[][] series = new double[3][placed.size()];
    BigDecimal max =
        placed.stream().map(Position::budget).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    for (int i = 0; i < placed.size(); i++) {
      series[0][i] = placed.get(i).network();
      series[1][i] = placed.get(i).steering();
      series[2][i] = Position.bubbleRadius(placed.get(i).budget(), max) / 2.0;
    }
    DefaultXYZDataset data = new DefaultXYZDataset();
    data.addSeries(text.apply("quadrants.relations"), series);
    NumberAxis x = new NumberAxis(text.apply("quadrants.axis.network"));
    NumberAxis y = new NumberAxis(text.apply("quadrants.axis.steering"));
    x.setRange(0, 100);
    y.setRange(0, 100);
    XYBubbleRenderer renderer = new XYBubbleRenderer(XYBubbleRenderer.SCALE_ON_RANGE_AXIS);
    renderer.setSeriesPaint(0, new Color(31, 78, 121, 150));
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    for (boolean vertical : new boolean[] {true, false}) {
      ValueMarker middle = new ValueMarker(Quadrant.MIDDLE, Color.DARK_GRAY, new BasicStroke(1.5f));
      if (vertical) {
        plot.addDomainMarker(middle);
      } else {
        plot.addRangeMarker(middle);
      }
    }
    Font label = new Font("SansSerif", Font.BOLD, 13);
    for (Quadrant q : Quadrant.values()) {
      XYTextAnnotation a =
          new XYTextAnnotation(
              q.number() + " " + text.apply("quadrant." + q.name()),
              q.isNetworked() ? 97 : 3,
              q.isSteering() ? 97 : 3);
      a.setFont(label);
      a.setPaint(Color.GRAY);
      a.setTextAnchor(
          q.isNetworked()
              ? (q.isSteering() ? TextAnchor.TOP_RIGHT : TextAnchor.BOTTOM_RIGHT)
              : (q.isSteering() ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT));
      plot.addAnnotation(a);
    }
    Font name = new Font("SansSerif", Font.PLAIN, 10);
    for (Position p : placed) {
      List<String> lines = lines(shortName(p.partyName()), 22);
      boolean low = p.steering() < 12;
      for (int i = 0; i < lines.size(); i++) {
        // below the bubble, one line under the other; near the bottom above it instead
        double at =
            low ? p.steering() + 4 + 2.6 * (lines.size() - 1 - i) : p.steering() - 4 - 2.6 * i;
        XYTextAnnotation a = new XYTextAnnotation(lines.get(i), p.network(), at);
        a.setFont(name);
        a.setTextAnchor(
            p.network() > 85
                ? (low ? TextAnchor.BOTTOM_RIGHT : TextAnchor.TOP_RIGHT)
                : p.network() < 15
                    ? (low ? TextAnchor.BOTTOM_LEFT : TextAnchor.TOP_LEFT)
                    : (low ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER));
        plot.addAnnotation(a);
      }
    }
    Integer shown =
        year != null ? year : placed.isEmpty() ? null : Integer.valueOf(placed.get(0).year());
    String title =
        text.apply("quadrants.title") + (shown == null ? "" : " " + String.valueOf(shown));
    JFreeChart chart = new JFreeChart(title, new Font("SansSerif", Font.BOLD, 18), plot, false);
    org.jfree.chart.title.TextTitle legend =
        new org.jfree.chart.title.TextTitle(
            text.apply("quadrants.legend.size")
                + " · "
                + text.apply("quadrants.legend.override")
                + " · "
                + text.apply("quadrants.legend.quadrants"),
            new Font("SansSerif", Font.PLAIN, 12));
    legend.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
    legend.setPaint(Color.DARK_GRAY);
    chart.addSubtitle(legend);
    chart.setBackgroundPaint(Color.WHITE);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ChartUtils.writeChartAsPNG(out, chart, width, height);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The abbreviation in brackets when the name has one, else the whole name. */
  public static String shortName(String name) {
    int open = name.lastIndexOf('(');
    if (open >= 0 && name.endsWith(")") && open < name.length() - 2) {
      return name.substring(open + 1, name.length() - 1);
    }
    return name;
  }

  /**
   * A label over lines of at most {@code width} characters, broken between words; a single word
   * longer than that keeps its own line, whole. Nothing is cut.
   */
  public static List<String> lines(String label, int width) {
    List<String> lines = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : label.strip().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
