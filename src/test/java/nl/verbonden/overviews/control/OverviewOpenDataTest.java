package nl.verbonden.overviews.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The paragraaf as CSV, from the frozen data. */
class OverviewOpenDataTest {

  @Test
  void oneLinePerPartyWithItsAmountsAsSpreadsheetsReadThem() {
    OverviewData data = OverviewJson.read(OverviewJson.write(OverviewDocumentTest.data(2)));
    String csv = new String(OverviewOpenData.csv(data), StandardCharsets.UTF_8);
    List<String> lines = csv.lines().toList();
    assertEquals(3, lines.size(), csv);
    assertTrue(
        lines.get(0).startsWith("\uFEFFGemeente;CBS-code;Jaar;BBV-groep;Partij;"), lines.get(0));
    String first = lines.get(1);
    assertTrue(
        first.startsWith(
            "Woudenberg;GM0351;2026;Gemeenschappelijke regelingen;Gemeenschappelijke Regeling 1;Utrecht;"),
        first);
    assertTrue(
        first.contains(";1000,00;1200,50;250000,00;260000,00;90000,00;85000,00;'-1234,56;"), first);
    assertTrue(first.endsWith(";Stijgende tarieven;Middel"), first);
  }
}
