package nl.verbonden.agreements.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import nl.verbonden.agreements.boundary.IndicatorStatus;
import nl.verbonden.agreements.entity.Agreement;
import nl.verbonden.agreements.entity.Direction;
import nl.verbonden.agreements.entity.Frequency;
import nl.verbonden.agreements.entity.Indicator;
import nl.verbonden.agreements.entity.IndicatorKind;
import nl.verbonden.agreements.entity.Measurement;
import nl.verbonden.agreements.entity.Period;
import nl.verbonden.agreements.entity.TrafficLight;
import org.junit.jupiter.api.Test;

/** The trend chart draws each threshold as it held in each measured period. */
class TrendChartTest {

  @Test
  void theThresholdLinesStepWhereTheThresholdsChanged() {
    Indicator indicator =
        new Indicator(
            "Bereik",
            IndicatorKind.OUTPUT,
            "%",
            Direction.HIGHER_IS_BETTER,
            "96",
            "85",
            "70",
            Frequency.KWARTAAL);
    new Agreement().addIndicator(indicator);
    indicator.changeThresholds(Period.parse("2026-K2"), new BigDecimal("95"), new BigDecimal("80"));
    List<Measurement> measured =
        List.of(
            new Measurement(indicator, Period.parse("2026-K1"), new BigDecimal("86"), null, null),
            new Measurement(indicator, Period.parse("2026-K2"), new BigDecimal("86"), null, null));
    String json =
        TrendChart.of(new IndicatorStatus(indicator, measured, TrafficLight.AMBER, null), k -> k);
    JsonArray datasets =
        Json.createReader(new StringReader(json))
            .readObject()
            .getJsonObject("data")
            .getJsonArray("datasets");
    assertEquals(List.of(85, 95), numbers(datasets.getJsonObject(2)));
    assertEquals(List.of(70, 80), numbers(datasets.getJsonObject(3)));
    assertEquals(List.of(96, 96), numbers(datasets.getJsonObject(1)));
  }

  private static List<Integer> numbers(JsonObject dataset) {
    return dataset.getJsonArray("data").getValuesAs(jakarta.json.JsonNumber.class).stream()
        .map(n -> n.bigDecimalValue().intValueExact())
        .toList();
  }
}
