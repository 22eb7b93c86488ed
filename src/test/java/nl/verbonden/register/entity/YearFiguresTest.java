package nl.verbonden.register.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.verbonden.register.RegisterBundles;
import org.junit.jupiter.api.Test;

class YearFiguresTest {

  private static final List<String> AMOUNTS =
      List.of(
          "figures.equityStart",
          "figures.equityEnd",
          "figures.liabilitiesStart",
          "figures.liabilitiesEnd",
          "figures.result",
          "figures.contribution",
          "figures.interestStart",
          "figures.interestEnd");

  @Test
  void describeListsTheEightAmountsInOrder() {
    assertEquals(
        AMOUNTS, List.copyOf(new YearFigures(2026, FigureKind.BEGROTING).describe().keySet()));
  }

  @Test
  void everyAmountHasALabelInDutchAndEnglish() {
    for (String key : new YearFigures().describe().keySet()) {
      assertTrue(RegisterBundles.dutch().containsKey(key), key + " in messages.properties");
      assertTrue(RegisterBundles.english().containsKey(key), key + " in messages_en.properties");
    }
  }

  @Test
  void copyAmountsFromCopiesAllEightAmounts() {
    YearFigures edited = new YearFigures(2026, FigureKind.JAARREKENING);
    edited.setEquityStart(new BigDecimal("1000000.00"));
    edited.setEquityEnd(new BigDecimal("1100000.00"));
    edited.setLiabilitiesStart(new BigDecimal("2000000.00"));
    edited.setLiabilitiesEnd(new BigDecimal("1900000.00"));
    edited.setResult(new BigDecimal("-12345.67"));
    edited.setContribution(new BigDecimal("250000.00"));
    edited.setInterestStart(new BigDecimal("50000.00"));
    edited.setInterestEnd(new BigDecimal("45000.00"));
    assertTrue(
        edited.describe().values().stream().distinct().count() == 8, "eight different amounts");

    YearFigures stored = new YearFigures(2026, FigureKind.JAARREKENING);
    stored.copyAmountsFrom(edited);

    assertEquals(edited.describe(), stored.describe());
  }

  @Test
  void copyAmountsFromEmptiesAmountsThatWereEmptiedAndKeepsYearAndKind() {
    YearFigures stored = new YearFigures(2025, FigureKind.BEGROTING);
    stored.setResult(new BigDecimal("10.00"));
    stored.setInterestEnd(new BigDecimal("20.00"));
    stored.copyAmountsFrom(new YearFigures(2026, FigureKind.JAARREKENING));
    for (Map.Entry<String, Object> amount : stored.describe().entrySet()) {
      assertNull(amount.getValue(), amount.getKey());
    }
    assertEquals(2025, stored.getYear());
    assertEquals(FigureKind.BEGROTING, stored.getKind());
  }

  @Test
  void figuresBelongToOneParty() {
    Party first = new Party("Afvalbedrijf", "Utrecht");
    Party second = new Party("Regio", "Utrecht");
    YearFigures figures = new YearFigures(2026, FigureKind.BEGROTING);
    figures.belongTo(first);
    assertDoesNotThrow(() -> figures.belongTo(first), "binding again to the same party");
    assertThrows(IllegalStateException.class, () -> figures.belongTo(second));
    assertSame(first, figures.getParty());
  }
}
