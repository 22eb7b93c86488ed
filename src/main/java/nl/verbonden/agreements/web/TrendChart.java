package nl.verbonden.agreements.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import nl.verbonden.agreements.boundary.IndicatorStatus;
import nl.verbonden.agreements.entity.Indicator;
import nl.verbonden.agreements.entity.Measurement;
import nl.verbonden.shared.web.ScriptJson;

/**
 * The trend of one indicator as a Chart.js line chart for {@code p:chart}: the measured values per
 * period, with the target as a flat line and the green and red thresholds as they held in each
 * period (a threshold change steps), so that a person sees when it crossed them.
 */
public final class TrendChart {

  private TrendChart() {}

  /**
   * @param text the labels of the page's language, by message key
   */
  public static String of(IndicatorStatus status, Function<String, String> text) {
    Indicator indicator = status.indicator();
    List<Measurement> measured = status.measurements();
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    measured.forEach(
        m -> {
          labels.add(m.getPeriodCode());
          values.add(m.getValue());
        });
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(line(text.apply("chart.value"), values, "#1f4e79", false))
            .add(
                flat(
                    text.apply("indicator.target"),
                    indicator.getTarget(),
                    measured.size(),
                    "#2e7d32"))
            .add(
                perPeriod(
                    text.apply("indicator.green"),
                    measured,
                    m -> indicator.thresholdsFor(m.period()).getGreen(),
                    indicator.getGreenThreshold(),
                    "#66bb6a"))
            .add(
                perPeriod(
                    text.apply("indicator.red"),
                    measured,
                    m -> indicator.thresholdsFor(m.period()).getRed(),
                    indicator.getRedThreshold(),
                    "#c62828"));
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("animation", false)
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add(
                "plugins",
                Json.createObjectBuilder()
                    .add(
                        "title",
                        Json.createObjectBuilder()
                            .add("display", true)
                            .add(
                                "text",
                                indicator.getName()
                                    + (indicator.getUnit() == null
                                        ? ""
                                        : " (" + indicator.getUnit() + ")"))));
    return ScriptJson.of(
        Json.createObjectBuilder()
            .add("type", "line")
            .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
            .add("options", options)
            .build());
  }

  private static JsonObjectBuilder line(
      String label, JsonArrayBuilder data, String colour, boolean dashed) {
    JsonObjectBuilder line =
        Json.createObjectBuilder()
            .add("label", label)
            .add("data", data)
            .add("borderColor", colour)
            .add("backgroundColor", colour)
            .add("fill", false)
            .add("tension", 0);
    if (dashed) {
      line.add("borderDash", Json.createArrayBuilder().add(6).add(4)).add("pointRadius", 0);
    }
    return line;
  }

  /** A threshold as it held in each measured period; the newest when nothing was measured. */
  private static JsonObjectBuilder perPeriod(
      String label,
      List<Measurement> measured,
      Function<Measurement, BigDecimal> held,
      BigDecimal newest,
      String colour) {
    if (measured.isEmpty()) {
      return flat(label, newest, 1, colour);
    }
    JsonArrayBuilder data = Json.createArrayBuilder();
    measured.forEach(m -> data.add(held.apply(m)));
    JsonObjectBuilder line = line(label, data, colour, true);
    return line.add("stepped", "middle");
  }

  private static JsonObjectBuilder flat(String label, BigDecimal value, int points, String colour) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    for (int i = 0; i < Math.max(points, 1); i++) {
      data.add(value);
    }
    return line(label, data, colour, true);
  }
}
