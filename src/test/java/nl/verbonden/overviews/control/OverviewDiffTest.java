package nl.verbonden.overviews.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.verbonden.overviews.control.OverviewData.AgreementRow;
import nl.verbonden.overviews.control.OverviewData.GroupSection;
import nl.verbonden.overviews.control.OverviewData.IndicatorRow;
import nl.verbonden.overviews.control.OverviewData.PartyEntry;
import nl.verbonden.overviews.control.OverviewData.QuadrantRow;
import nl.verbonden.overviews.control.OverviewData.RoleRow;
import nl.verbonden.overviews.control.OverviewData.ZienswijzeEntry;
import nl.verbonden.overviews.control.OverviewDiff.Change;
import nl.verbonden.overviews.control.OverviewDiff.Kind;
import org.junit.jupiter.api.Test;

/** "What changed" between two overviews, on their canonical data as published. */
class OverviewDiffTest {

  private static final OverviewData BASE = OverviewDocumentTest.data(3);

  /** Read back from the canonical JSON, as the diff always gets its data. */
  private static OverviewData frozen(OverviewData data) {
    return OverviewJson.read(OverviewJson.write(data));
  }

  private static List<Change> of(List<Change> changes, Kind kind) {
    return changes.stream().filter(c -> c.kind() == kind).toList();
  }

  @Test
  void theCanonicalJsonReadsBackIntoTheSameDataAndTheSameText() {
    String json = OverviewJson.write(BASE);
    OverviewData back = OverviewJson.read(json);
    assertEquals(BASE, back);
    assertEquals(json, OverviewJson.write(back));
  }

  @Test
  void theSameDataHaveNoChanges() {
    assertEquals(List.of(), OverviewDiff.between(frozen(BASE), frozen(BASE)));
  }

  @Test
  void aNewAndAnEndedPartyAreNamed() {
    List<PartyEntry> parties = new ArrayList<>(BASE.groups().get(0).parties());
    parties.remove(0);
    parties.add(renamed(parties.get(0), "Stichting Nieuw"));
    List<Change> changes = OverviewDiff.between(frozen(BASE), frozen(withParties(parties)));
    assertEquals(
        List.of("Stichting Nieuw"),
        of(changes, Kind.PARTY_NEW).stream().map(Change::party).toList());
    assertEquals(
        List.of("Gemeenschappelijke Regeling 1"),
        of(changes, Kind.PARTY_ENDED).stream().map(Change::party).toList());
    assertTrue(of(changes, Kind.FIGURE).isEmpty(), "no figures of a new or ended party");
  }

  @Test
  void aChangedFigureGivesBothValuesAndTheDifference() {
    List<PartyEntry> parties = new ArrayList<>(BASE.groups().get(0).parties());
    PartyEntry p = parties.get(1);
    parties.set(
        1,
        new PartyEntry(
            p.name(),
            p.seat(),
            p.legalForm(),
            p.publicInterest(),
            p.governanceInterest(),
            p.financialInterest(),
            p.figuresSource(),
            p.interestStart(),
            p.interestEnd(),
            p.equityStart(),
            new BigDecimal("250000.00"),
            p.liabilitiesStart(),
            p.liabilitiesEnd(),
            null,
            p.risks(),
            "Intensief"));
    List<Change> changes = OverviewDiff.between(frozen(BASE), frozen(withParties(parties)));
    List<Change> figures = of(changes, Kind.FIGURE);
    assertEquals(2, figures.size(), figures.toString());
    Change equity = figures.get(0);
    assertEquals("Gemeenschappelijke Regeling 2", equity.party());
    assertEquals("Eigen vermogen einde jaar", equity.subject());
    assertEquals("€ 260.000,00", equity.before());
    assertEquals("€ 250.000,00", equity.after());
    assertEquals(0, new BigDecimal("-10000").compareTo(equity.difference()));
    Change result = figures.get(1);
    assertEquals("Financieel resultaat", result.subject());
    assertEquals("—", result.after());
    assertNull(result.difference(), "no difference with a missing figure");
    Change regime = of(changes, Kind.REGIME).get(0);
    assertEquals("Middel", regime.before());
    assertEquals("Intensief", regime.after());
  }

  @Test
  void theSameAmountWithAnotherScaleIsNoChange() {
    List<PartyEntry> parties = new ArrayList<>(BASE.groups().get(0).parties());
    PartyEntry p = parties.get(0);
    parties.set(
        0,
        new PartyEntry(
            p.name(),
            p.seat(),
            p.legalForm(),
            p.publicInterest(),
            p.governanceInterest(),
            p.financialInterest(),
            p.figuresSource(),
            new BigDecimal("1000"),
            p.interestEnd(),
            p.equityStart(),
            p.equityEnd(),
            p.liabilitiesStart(),
            p.liabilitiesEnd(),
            p.result(),
            p.risks(),
            p.regime()));
    assertEquals(List.of(), OverviewDiff.between(frozen(BASE), frozen(withParties(parties))));
  }

  @Test
  void conflictsAddedAndResolvedLightsQuadrantsAndZienswijzen() {
    OverviewData after =
        new OverviewData(
            BASE.tenantCode(),
            BASE.municipality(),
            BASE.year(),
            BASE.generatedOn(),
            BASE.summary(),
            BASE.groups(),
            List.of(
                new QuadrantRow(
                    "GGD regio Utrecht",
                    "3 Maatschappelijk partnerschap",
                    "Samenwerkingspartner",
                    "",
                    "Berekend",
                    "")),
            List.of(
                new RoleRow("GGD regio Utrecht", "a", "b", "c", "d", false),
                new RoleRow("RWA", "a", "a", "c", "d", true)),
            List.of("RWA: Jan is opdrachtgever én opdrachtnemer. Niet gerechtvaardigd."),
            BASE.gaps(),
            List.of(
                new AgreementRow(
                    "DVO Jeugdgezondheidszorg 2026",
                    "GGD regio Utrecht",
                    "Oranje",
                    List.of(new IndicatorRow("Bereik contactmomenten 0-4 jaar", "Groen", "95 %")),
                    List.of())),
            List.of(
                new ZienswijzeEntry(
                    "Regionale Uitvoeringsdienst (RUD) Utrecht",
                    "Wijziging van de regeling",
                    "Wijziging gemeenschappelijke regeling RUD Utrecht",
                    "12-10-2026",
                    "7-12-2026",
                    "3-12-2026",
                    "Verzonden",
                    "Positieve zienswijze",
                    "De raad stemt in.",
                    "3-12-2026",
                    "4-12-2026",
                    "",
                    false),
                new ZienswijzeEntry(
                    "GGD regio Utrecht",
                    "Begroting",
                    "Ontwerpbegroting 2027",
                    "1-11-2026",
                    "",
                    "",
                    "Ontvangen",
                    "",
                    "",
                    "",
                    "",
                    "",
                    false)));
    List<Change> changes = OverviewDiff.between(frozen(BASE), frozen(after));

    Change added = of(changes, Kind.CONFLICT_ADDED).get(0);
    assertEquals("RWA", added.party());
    assertEquals("Jan is opdrachtgever én opdrachtnemer. Niet gerechtvaardigd.", added.subject());
    Change resolved = of(changes, Kind.CONFLICT_RESOLVED).get(0);
    assertEquals("GGD regio Utrecht", resolved.party());
    assertTrue(resolved.subject().startsWith("Ilse Vermeulen"), resolved.subject());

    List<Change> lights = of(changes, Kind.LIGHT);
    assertEquals(2, lights.size(), lights.toString());
    assertEquals("DVO Jeugdgezondheidszorg 2026", lights.get(0).subject());
    assertEquals("Rood", lights.get(0).before());
    assertEquals("Oranje", lights.get(0).after());
    assertEquals(
        "DVO Jeugdgezondheidszorg 2026 — Bereik contactmomenten 0-4 jaar", lights.get(1).subject());
    assertEquals("Groen", lights.get(1).after());

    Change quadrant = of(changes, Kind.QUADRANT).get(0);
    assertEquals("1 Meervoudig opdrachtgeverschap", quadrant.before());
    assertEquals("3 Maatschappelijk partnerschap", quadrant.after());

    Change status = of(changes, Kind.ZIENSWIJZE_STATUS).get(0);
    assertEquals("Besloten", status.before());
    assertEquals("Verzonden", status.after());
    Change fresh = of(changes, Kind.ZIENSWIJZE_NEW).get(0);
    assertEquals("Ontwerpbegroting 2027", fresh.subject());

    // in the order the page shows them
    List<Kind> kinds = changes.stream().map(Change::kind).toList();
    List<Kind> sorted = new ArrayList<>(kinds);
    sorted.sort(null);
    assertEquals(sorted, kinds);
  }

  @Test
  void againstThePreviousYearAnOverviewWithoutZienswijzenIsReadAsNone() {
    OverviewData old =
        new OverviewData(
            BASE.tenantCode(),
            BASE.municipality(),
            2025,
            BASE.generatedOn(),
            BASE.summary(),
            BASE.groups(),
            BASE.quadrants(),
            BASE.roles(),
            BASE.conflicts(),
            BASE.gaps(),
            BASE.agreements(),
            null);
    String json = OverviewJson.write(old);
    assertTrue(!json.contains("zienswijzen"), json);
    List<Change> changes = OverviewDiff.between(OverviewJson.read(json), frozen(BASE));
    assertEquals(1, changes.size(), changes.toString());
    assertEquals(Kind.ZIENSWIJZE_NEW, changes.get(0).kind());
  }

  private static OverviewData withParties(List<PartyEntry> parties) {
    return new OverviewData(
        BASE.tenantCode(),
        BASE.municipality(),
        BASE.year(),
        BASE.generatedOn(),
        BASE.summary(),
        List.of(new GroupSection("Gemeenschappelijke regelingen", parties)),
        BASE.quadrants(),
        BASE.roles(),
        BASE.conflicts(),
        BASE.gaps(),
        BASE.agreements(),
        BASE.zienswijzen());
  }

  private static PartyEntry renamed(PartyEntry p, String name) {
    return new PartyEntry(
        name,
        p.seat(),
        p.legalForm(),
        p.publicInterest(),
        p.governanceInterest(),
        p.financialInterest(),
        p.figuresSource(),
        p.interestStart(),
        p.interestEnd(),
        p.equityStart(),
        p.equityEnd(),
        p.liabilitiesStart(),
        p.liabilitiesEnd(),
        p.result(),
        p.risks(),
        p.regime());
  }
}
