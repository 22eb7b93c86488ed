package nl.verbonden.quadrants.boundary;

import static nl.verbonden.testsupport.Demo.REGISSEUR;
import static nl.verbonden.testsupport.Demo.WOUDENBERG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import nl.verbonden.quadrants.entity.Position;
import nl.verbonden.quadrants.entity.Quadrant;
import nl.verbonden.register.boundary.PartyService;
import nl.verbonden.register.entity.BbvGroup;
import nl.verbonden.register.entity.Party;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.NotFoundException;
import nl.verbonden.testsupport.InContainer;
import org.junit.jupiter.api.Test;

/**
 * The matrix in the container: computed from the register and the agreements, overrides with
 * rationale in the history, targets, years recorded into paths, filters, and no tenant reaching
 * another's.
 */
class QuadrantServiceIT extends InContainer {

  @Inject private QuadrantService quadrants;
  @Inject private PartyService parties;

  @Inject private java.time.Clock clock;

  /** This year on the application's clock, which the demo's positions follow. */
  private int thisYear() {
    return LocalDate.now(clock).getYear();
  }

  private Position of(List<Position> positions, String name) {
    return positions.stream().filter(p -> p.partyName().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void theDemoMatrixIsComputedOverriddenAndLeftUnplacedWhereNeeded() {
    as.login(REGISSEUR);
    List<Position> positions = quadrants.positions(thisYear(), null, null);
    Position ggd = of(positions, "GGD regio Utrecht");
    assertTrue(ggd.isPlaced());
    assertFalse(ggd.overridden());
    assertTrue(ggd.steering() >= 50, "product financing with output indicators steers");
    assertEquals(2, ggd.computedSteering().reasons().size());
    Position avu = of(positions, "Afvalverwijdering Utrecht (AVU)");
    assertTrue(avu.overridden());
    assertEquals(Quadrant.MEERVOUDIG_OPDRACHTGEVERSCHAP, avu.quadrant());
    assertTrue(avu.overrideRationale().startsWith("Geen DVO"));
    Position vitens = of(positions, "Vitens N.V.");
    assertFalse(vitens.isPlaced());
    assertNull(vitens.computedSteering());
    assertEquals(
        Quadrant.MAATSCHAPPELIJK_PARTNERSCHAP,
        of(positions, "Stichting Welzijn Woudenberg").target());
  }

  @Test
  void anOverrideNeedsARationaleIsKeptInTheHistoryAndCanBeUndone() {
    as.login(REGISSEUR);
    Long party =
        parties.create(new Party("Stichting Kwadrant Overschrijven", "Woudenberg")).getId();
    long history = data.countRowsOfParty("party_change", party);
    DomainException refused =
        assertThrows(
            DomainException.class, () -> quadrants.override(party, thisYear(), 70, 30, " "));
    assertEquals("onderbouwing", refused.field());
    assertFalse(quadrants.position(party, thisYear()).isPlaced());

    quadrants.override(
        party, thisYear(), 70, 30, "Werkt in een wijkcoalitie zonder eigen overeenkomst.");
    Position overridden = quadrants.position(party, thisYear());
    assertTrue(overridden.overridden());
    assertEquals(Quadrant.MAATSCHAPPELIJK_PARTNERSCHAP, overridden.quadrant());
    assertEquals(history + 1, data.countRowsOfParty("party_change", party));

    quadrants.clearOverride(party, thisYear());
    assertFalse(quadrants.position(party, thisYear()).overridden());
    assertEquals(history + 2, data.countRowsOfParty("party_change", party));
  }

  @Test
  void aTargetIsKeptAndShown() {
    as.login(REGISSEUR);
    Long party = data.partyId(WOUDENBERG, "Regionale Uitvoeringsdienst (RUD) Utrecht");
    quadrants.aim(
        party,
        thisYear(),
        Quadrant.ENKELVOUDIG_OPDRACHTGEVERSCHAP,
        "Eén opdrachtgever voor de regio.");
    Position p = quadrants.position(party, thisYear());
    assertEquals(Quadrant.ENKELVOUDIG_OPDRACHTGEVERSCHAP, p.target());
    assertEquals("Eén opdrachtgever voor de regio.", p.targetNote());
  }

  @Test
  void recordedYearsMakeAPath() {
    as.login(REGISSEUR);
    Long welfare = data.partyId(WOUDENBERG, "Stichting Welzijn Woudenberg");
    List<Position> before = quadrants.path(welfare);
    assertEquals(
        List.of(thisYear() - 2, thisYear() - 1, thisYear()),
        before.stream().map(Position::year).toList());
    assertEquals(Quadrant.MEERVOUDIG_OPDRACHTGEVERSCHAP, before.get(0).quadrant());
    assertEquals(
        "position.reason.recorded", before.get(0).computedNetwork().reasons().get(0).key());
    assertTrue(quadrants.years().containsAll(List.of(thisYear() - 2, thisYear() - 1, thisYear())));

    int recorded = quadrants.recordCurrentYear();
    assertEquals(quadrants.positions(thisYear(), null, null).size(), recorded);
    Position kept = of(quadrants.positions(thisYear(), null, null), "Stichting Welzijn Woudenberg");
    assertEquals(
        Quadrant.MAATSCHAPPELIJK_PARTNERSCHAP, kept.target(), "recording keeps the target");
  }

  @Test
  void filtersOnGroupAndDomain() {
    as.login(REGISSEUR);
    List<Position> foundations =
        quadrants.positions(thisYear(), null, BbvGroup.STICHTINGEN_EN_VERENIGINGEN);
    assertFalse(foundations.isEmpty());
    assertTrue(
        foundations.stream().allMatch(p -> p.group() == BbvGroup.STICHTINGEN_EN_VERENIGINGEN));
    assertTrue(
        quadrants.positions(thisYear(), null, null).size()
            > quadrants
                .positions(thisYear(), nl.verbonden.register.entity.PolicyDomain.values()[0], null)
                .size());
  }

  @Test
  void anotherTenantsRelationsAreOutOfReach() {
    Long woudenbergParty = data.partyId(WOUDENBERG, "GGD regio Utrecht");
    as.login("regisseur.zeist");
    assertThrows(
        NotFoundException.class,
        () -> quadrants.override(woudenbergParty, thisYear(), 1, 1, "overgenomen"));
    assertThrows(
        NotFoundException.class,
        () ->
            quadrants.aim(
                woudenbergParty, thisYear(), Quadrant.MAATSCHAPPELIJK_PARTNERSCHAP, null));
    assertThrows(NotFoundException.class, () -> quadrants.position(woudenbergParty, thisYear()));
    assertThrows(NotFoundException.class, () -> quadrants.path(woudenbergParty));
    assertTrue(
        quadrants.positions(thisYear(), null, null).stream()
            .noneMatch(p -> p.partyId().equals(woudenbergParty)));
  }

  @Test
  void councilMembersAndTheAdministratorAreRefused() {
    for (String user : List.of("raad.woudenberg", "beheer")) {
      as.login(user);
      assertThrows(EJBAccessException.class, () -> quadrants.positions(thisYear(), null, null));
      as.logout();
    }
  }
}
