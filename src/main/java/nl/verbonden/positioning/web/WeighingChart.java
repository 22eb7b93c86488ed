package nl.verbonden.positioning.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.function.Function;
import nl.verbonden.positioning.entity.Weighing;
import nl.verbonden.shared.web.ScriptJson;

/**
 * The weighted result per option as a Chart.js horizontal bar chart for {@code p:chart} (−100 to
 * 100); the table beside it holds the same numbers and is the accessible alternative.
 */
public final class WeighingChart {

  private WeighingChart() {}

  public static String of(Weighing weighing, Function<String, String> text) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    JsonArrayBuilder colours = Json.createArrayBuilder();
    for (Weighing.Row row : weighing.rows()) {
      labels.add(row.option().getTitle());
      values.add(row.percent());
      colours.add(row.option().isChosen() ? "#2e7d32" : row.percent() < 0 ? "#c62828" : "#1f4e79");
    }
    return ScriptJson.of(
        Json.createObjectBuilder()
            .add("type", "bar")
            .add(
                "data",
                Json.createObjectBuilder()
                    .add("labels", labels)
                    .add(
                        "datasets",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("label", text.apply("positioning.result"))
                                    .add("data", values)
                                    .add("backgroundColor", colours))))
            .add(
                "options",
                Json.createObjectBuilder()
                    .add("indexAxis", "y")
                    .add("animation", false)
                    .add("responsive", true)
                    .add("maintainAspectRatio", false)
                    .add(
                        "scales",
                        Json.createObjectBuilder()
                            .add("x", Json.createObjectBuilder().add("min", -100).add("max", 100))))
            .build());
  }
}
