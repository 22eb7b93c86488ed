package nl.verbonden.quadrants.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.verbonden.quadrants.entity.Position;
import nl.verbonden.quadrants.entity.Quadrant;
import nl.verbonden.shared.web.ScriptJson;

/**
 * The quadrant matrix as a Chart.js bubble chart for {@code p:chart}: the two dividing lines, a
 * bubble per placed relation (size: annual budget; colour: BBV group or monitoring regime), dashed
 * lines to the targets, and one relation's path over the years. It also says which party each
 * dataset is, so that a click opens it.
 *
 * <p>Issue 18: every bubble carries its name ({@code name}, drawn next to it) and its tooltip
 * ({@code tip}: name, BBV group and annual budget in euro); every point of the path its year
 * ({@code name}) and an arrowhead turned along the path (a triangle rotated by {@code
 * pointRotation}). The page's extender ({@code resources/js/quadrant-chart.js}) shows these:
 * Chart.js options cannot hold functions as JSON.
 */
public final class QuadrantChart {

  /** Colours that keep 3:1 contrast on white, one per group or regime, and grey for "none". */
  private static final String[] PALETTE = {
    "#1f4e79", "#b45309", "#2e7d32", "#7b1fa2", "#b42318", "#4b5563"
  };

  private QuadrantChart() {}

  /**
   * The chart's JSON and, per dataset, the party it stands for (null for lines that are not a
   * party).
   */
  public record Chart(String json, List<Long> datasetParties) implements java.io.Serializable {}

  /**
   * @param colourOf the colour index (0–5) of a position
   * @param text the labels of the page's language, by message key
   */
  public static Chart of(
      List<Position> positions,
      Function<Position, Integer> colourOf,
      boolean targets,
      List<Position> path,
      Function<String, String> text) {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    List<Long> parties = new ArrayList<>();
    datasets.add(divider(50, 0, 50, 100));
    parties.add(null);
    datasets.add(divider(0, 50, 100, 50));
    parties.add(null);
    BigDecimal max =
        positions.stream().map(Position::budget).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    for (Position p : positions) {
      if (!p.isPlaced()) {
        continue;
      }
      String colour = PALETTE[colourOf.apply(p)];
      datasets.add(
          Json.createObjectBuilder()
              .add("label", p.partyName())
              .add(
                  "data",
                  Json.createArrayBuilder()
                      .add(
                          Json.createObjectBuilder()
                              .add("x", p.network())
                              .add("y", p.steering())
                              .add("r", Position.bubbleRadius(p.budget(), max))
                              .add("name", p.partyName())
                              .add("tip", tip(p, text))))
              .add("backgroundColor", colour + "99")
              .add("borderColor", colour)
              .add("borderWidth", p.overridden() ? 3 : 1));
      parties.add(p.partyId());
    }
    if (targets) {
      for (Position p : positions) {
        if (p.isPlaced() && p.target() != null && p.target() != p.quadrant()) {
          Quadrant t = p.target();
          datasets.add(
              line(
                  p.partyName() + " → " + text.apply("quadrants.target"),
                  List.of(
                      new int[] {p.network(), p.steering()},
                      new int[] {t.centreNetwork(), t.centreSteering()}),
                  PALETTE[colourOf.apply(p)],
                  true));
          parties.add(p.partyId());
        }
      }
    }
    List<int[]> points =
        path.stream()
            .filter(Position::isPlaced)
            .map(p -> new int[] {p.network(), p.steering()})
            .toList();
    if (points.size() > 1) {
      List<Position> placedPath = path.stream().filter(Position::isPlaced).toList();
      JsonObjectBuilder pathLine =
          line(
              path.get(0).partyName() + " — " + text.apply("quadrants.path"),
              points,
              "#111827",
              false);
      JsonArrayBuilder withYears = Json.createArrayBuilder();
      JsonArrayBuilder rotations = Json.createArrayBuilder();
      for (int i = 0; i < placedPath.size(); i++) {
        Position p = placedPath.get(i);
        withYears.add(
            Json.createObjectBuilder()
                .add("x", p.network())
                .add("y", p.steering())
                .add("name", String.valueOf(p.year()))
                .add("tip", p.partyName() + " — " + p.year()));
        rotations.add(i == 0 ? 0 : arrow(placedPath.get(i - 1), p));
      }
      pathLine
          .add("data", withYears)
          .add(
              "pointStyle",
              Json.createArrayBuilder().add("circle").addAll(triangles(placedPath.size() - 1)))
          .add("pointRotation", rotations)
          .add("pointRadius", 7);
      datasets.add(pathLine);
      parties.add(path.get(0).partyId());
    }
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("animation", false)
            .add("maintainAspectRatio", false)
            .add(
                "plugins",
                Json.createObjectBuilder()
                    .add("legend", Json.createObjectBuilder().add("display", false)))
            .add(
                "scales",
                Json.createObjectBuilder()
                    .add("x", axis(text.apply("quadrants.axis.network")))
                    .add("y", axis(text.apply("quadrants.axis.steering"))));
    String json =
        ScriptJson.of(
            Json.createObjectBuilder()
                .add("type", "bubble")
                .add("data", Json.createObjectBuilder().add("datasets", datasets))
                .add("options", options)
                .build());
    return new Chart(json, parties);
  }

  /** The tooltip of a bubble: name, BBV group and annual budget in euro. */
  static String tip(Position p, Function<String, String> text) {
    return p.partyName()
        + " — "
        + (p.group() == null ? "" : text.apply("bbvGroup." + p.group().name()) + " — ")
        + text.apply("quadrants.budget")
        + " "
        + nl.verbonden.shared.control.DutchFormat.money(
            p.budget() == null ? BigDecimal.ZERO : p.budget());
  }

  /**
   * The rotation of an arrowhead (a triangle pointing up) along the step from one point to the
   * next, in degrees clockwise; the chart's y axis points up.
   */
  static int arrow(Position from, Position to) {
    double dx = to.network() - from.network();
    double dy = to.steering() - from.steering();
    return (int) Math.round(Math.toDegrees(Math.atan2(dx, dy)));
  }

  private static JsonArrayBuilder triangles(int count) {
    JsonArrayBuilder styles = Json.createArrayBuilder();
    for (int i = 0; i < count; i++) {
      styles.add("triangle");
    }
    return styles;
  }

  /**
   * Bubble radius 4–20 pixels, by the square root of the budget against the largest (area follows
   * money).
   */
  private static JsonObjectBuilder axis(String title) {
    return Json.createObjectBuilder()
        .add("min", 0)
        .add("max", 100)
        .add("title", Json.createObjectBuilder().add("display", true).add("text", title));
  }

  private static JsonObjectBuilder divider(int x1, int y1, int x2, int y2) {
    return line("", List.of(new int[] {x1, y1}, new int[] {x2, y2}), "#6b7785", false)
        .add("pointRadius", 0)
        .add("borderWidth", 1);
  }

  private static JsonObjectBuilder line(
      String label, List<int[]> points, String colour, boolean dashed) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    points.forEach(p -> data.add(Json.createObjectBuilder().add("x", p[0]).add("y", p[1])));
    JsonObjectBuilder line =
        Json.createObjectBuilder()
            .add("type", "line")
            .add("label", label)
            .add("data", data)
            .add("borderColor", colour)
            .add("backgroundColor", colour)
            .add("fill", false)
            .add("showLine", true);
    if (dashed) {
      line.add("borderDash", Json.createArrayBuilder().add(5).add(4))
          .add("pointRadius", Json.createArrayBuilder().add(0).add(5));
    }
    return line;
  }
}
