package nl.verbonden.overviews.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.verbonden.overviews.control.OverviewSearch.Hit;
import org.junit.jupiter.api.Test;

/** Search within one published overview. */
class OverviewSearchTest {

  private static final OverviewData DATA = OverviewDocumentTest.data(3);

  @Test
  void findsThePartiesAndSectionsThatHoldEveryWordIgnoringCaseAndAccents() {
    List<Hit> hits = OverviewSearch.find(DATA, "regeling 3");
    assertEquals(
        List.of(
            new Hit("partij-0-2", "Paragraaf verbonden partijen", "Gemeenschappelijke Regeling 3")),
        hits);

    List<Hit> ggd = OverviewSearch.find(DATA, "ggd");
    assertEquals(
        List.of("kwadrant-0", "rol-0", "conflict-0", "dvo-0"),
        ggd.stream().map(Hit::anchor).toList());

    assertEquals(
        List.of(
            new Hit(
                "zw-0",
                "Zienswijzen",
                "Wijziging gemeenschappelijke regeling RUD Utrecht — Regionale Uitvoeringsdienst (RUD)"
                    + " Utrecht")),
        OverviewSearch.find(DATA, "RUD wijziging"));
  }

  @Test
  void accentsAndCaseDoNotMatter() {
    assertTrue(
        OverviewSearch.find(DATA, "ILSE vermeulen EN").stream()
            .anyMatch(h -> h.anchor().equals("conflict-0")),
        "én is found as en");
    assertEquals(3, OverviewSearch.find(DATA, "afvalverwerking").size());
  }

  @Test
  void nothingTypedFindsNothing() {
    assertTrue(OverviewSearch.find(DATA, "  ").isEmpty());
    assertTrue(OverviewSearch.find(DATA, null).isEmpty());
    assertTrue(OverviewSearch.find(DATA, "bestaatniet").isEmpty());
  }
}
