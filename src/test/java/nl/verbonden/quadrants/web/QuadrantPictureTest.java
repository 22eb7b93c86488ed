package nl.verbonden.quadrants.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.verbonden.quadrants.control.QuadrantImage;
import nl.verbonden.quadrants.entity.Position;
import nl.verbonden.quadrants.entity.PositionFormula;
import nl.verbonden.quadrants.entity.Quadrant;
import nl.verbonden.register.entity.BbvGroup;
import org.junit.jupiter.api.Test;

/**
 * The chart knows which party each bubble is (for the click), draws targets and the path, and the
 * server-side image is a PNG that stays readable with hundreds of parties.
 */
class QuadrantPictureTest {

  private static Position position(
      long id, Integer network, Integer steering, String budget, Quadrant target) {
    return new Position(
        id,
        "Partij " + id,
        BbvGroup.GEMEENSCHAPPELIJKE_REGELINGEN,
        null,
        2026,
        new BigDecimal(budget),
        PositionFormula.network(0, 0),
        null,
        false,
        null,
        network,
        steering,
        target,
        null);
  }

  @Test
  void eachBubbleIsItsPartyAndUnplacedPartiesAreLeftOut() {
    List<Position> positions =
        List.of(
            position(1, 20, 80, "100", null),
            position(2, null, null, "0", null),
            position(3, 70, 20, "400", Quadrant.MEERVOUDIG_OPDRACHTGEVERSCHAP));
    QuadrantChart.Chart chart = QuadrantChart.of(positions, p -> 0, true, List.of(), key -> key);
    // two dividers, two bubbles, one target line
    assertEquals(java.util.Arrays.asList(null, null, 1L, 3L, 3L), chart.datasetParties());
    assertTrue(chart.json().contains("\"type\":\"bubble\""));
    assertTrue(chart.json().contains("\"label\":\"Partij 3 → quadrants.target\""));
  }

  @Test
  void aPathOverTheYearsIsOneMoreLine() {
    List<Position> path = List.of(position(5, 10, 70, "0", null), position(5, 15, 40, "0", null));
    QuadrantChart.Chart chart = QuadrantChart.of(List.of(), p -> 0, false, path, key -> key);
    assertEquals(3, chart.datasetParties().size());
    assertEquals(5L, chart.datasetParties().get(2));
  }

  @Test
  void eachBubbleNamesItsPartyAndItsTooltipGivesGroupAndBudgetInEuro() {
    QuadrantChart.Chart chart =
        QuadrantChart.of(
            List.of(position(1, 20, 80, "1234567.5", null)), p -> 0, false, List.of(), key -> key);
    assertTrue(chart.json().contains("\"name\":\"Partij 1\""), chart.json());
    assertTrue(
        chart
            .json()
            .contains(
                "\"tip\":\"Partij 1 — bbvGroup.GEMEENSCHAPPELIJKE_REGELINGEN — quadrants.budget €"
                    + " 1.234.567,50\""),
        chart.json());
  }

  @Test
  void thePathShowsItsYearsAndArrowheadsAlongIt() {
    List<Position> path =
        List.of(
            yearly(position(5, 10, 70, "0", null), 2024),
            yearly(position(5, 30, 70, "0", null), 2025),
            yearly(position(5, 30, 40, "0", null), 2026));
    String json = QuadrantChart.of(List.of(), p -> 0, false, path, key -> key).json();
    assertTrue(json.contains("\"name\":\"2024\""), json);
    assertTrue(json.contains("\"name\":\"2026\""), json);
    assertTrue(json.contains("\"pointStyle\":[\"circle\",\"triangle\",\"triangle\"]"), json);
    // to the right: turned 90 degrees clockwise; then down: 180
    assertTrue(json.contains("\"pointRotation\":[0,90,180]"), json);
  }

  private static Position yearly(Position p, int year) {
    return new Position(
        p.partyId(),
        p.partyName(),
        p.group(),
        p.regime(),
        year,
        p.budget(),
        p.computedNetwork(),
        p.computedSteering(),
        p.overridden(),
        p.overrideRationale(),
        p.network(),
        p.steering(),
        p.target(),
        p.targetNote());
  }

  @Test
  void bubblesGrowWithTheSquareRootOfTheBudget() {
    BigDecimal max = new BigDecimal("400");
    assertEquals(4, Position.bubbleRadius(BigDecimal.ZERO, max));
    assertEquals(20, Position.bubbleRadius(max, max));
    assertEquals(12, Position.bubbleRadius(new BigDecimal("100"), max));
    assertEquals(4, Position.bubbleRadius(BigDecimal.TEN, BigDecimal.ZERO));
  }

  @Test
  void theServerSideImageIsAPngEvenWithThreeHundredParties() {
    List<Position> many = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      many.add(position(i, i % 101, (i * 37) % 101, String.valueOf(i * 1000), null));
    }
    byte[] png = QuadrantImage.png(many, key -> key, 1000, 800);
    assertTrue(png.length > 1000);
    assertEquals((byte) 0x89, png[0]);
    assertEquals('P', png[1]);
    assertEquals('N', png[2]);
    assertEquals('G', png[3]);
  }

  /** The same positions give the same bytes: the overview's PDF is cached by its content. */
  @Test
  void theSamePositionsGiveTheSameImage() {
    List<Position> some = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      some.add(position(i, i % 101, (i * 37) % 101, String.valueOf(i * 1000), null));
    }
    org.junit.jupiter.api.Assertions.assertArrayEquals(
        QuadrantImage.png(some, key -> key, 1000, 800, 2026),
        QuadrantImage.png(some, key -> key, 1000, 800, 2026));
  }

  @Test
  void namesAreAbbreviatedOrWrappedButNeverCut() {
    assertEquals("AVU", QuadrantImage.shortName("Afvalverwijdering Utrecht (AVU)"));
    assertEquals("GGD regio Utrecht", QuadrantImage.shortName("GGD regio Utrecht"));
    assertEquals(
        "Stichting Welzijn Woudenberg", QuadrantImage.shortName("Stichting Welzijn Woudenberg"));
    assertEquals(
        List.of("Stichting Welzijn", "Woudenberg"),
        QuadrantImage.lines("Stichting Welzijn Woudenberg", 22));
    assertEquals(
        List.of("Gemeenschappelijkeregelingzonderspaties"),
        QuadrantImage.lines("Gemeenschappelijkeregelingzonderspaties", 22));
  }

  @Test
  void theImageHasATitleWithTheYearAndALegend() {
    List<String> asked = new ArrayList<>();
    QuadrantImage.png(
        List.of(position(1, 90, 5, "1000", null)),
        key -> {
          asked.add(key);
          return key;
        },
        600,
        400,
        2026);
    assertTrue(asked.contains("quadrants.title"), asked.toString());
    assertTrue(asked.contains("quadrants.legend.size"), asked.toString());
    assertTrue(asked.contains("quadrants.legend.override"), asked.toString());
  }
}
