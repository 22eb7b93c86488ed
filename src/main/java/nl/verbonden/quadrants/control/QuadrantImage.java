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
 * overview: the quadrants divided and labelled in Dutch, a bubble per placed relation sized by its
 * budget and labelled with its name.
 */
public final class QuadrantImage {

  private QuadrantImage() {}

  /**
   * @param text the labels, by message key (Dutch for the overview)
   */
  public static byte[] png(
      List<Position> positions, Function<String, String> text, int width, int height) {
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
      XYTextAnnotation a =
          new XYTextAnnotation(shortName(p.partyName()), p.network(), p.steering() - 4);
      a.setFont(name);
      a.setTextAnchor(TextAnchor.TOP_CENTER);
      plot.addAnnotation(a);
    }
    JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ChartUtils.writeChartAsPNG(out, chart, width, height);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The abbreviation in brackets when the name has one, else the name cut at 24 characters. */
  public static String shortName(String name) {
    int open = name.lastIndexOf('(');
    if (open >= 0 && name.endsWith(")")) {
      return name.substring(open + 1, name.length() - 1);
    }
    return name.length() <= 24 ? name : name.substring(0, 23) + "…";
  }
}
