package nl.verbonden.register.boundary;

import static nl.verbonden.testsupport.Demo.REGISSEUR;
import static nl.verbonden.testsupport.Demo.WOUDENBERG;
import static nl.verbonden.testsupport.Demo.ZEIST;
import static nl.verbonden.testsupport.Demo.ZEIST_ONLY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.verbonden.register.control.PartyFilter;
import nl.verbonden.register.entity.FigureKind;
import nl.verbonden.register.entity.ParticipantKind;
import nl.verbonden.register.entity.Party;
import nl.verbonden.register.entity.PartyRelation;
import nl.verbonden.register.entity.RelationType;
import nl.verbonden.register.entity.RiskLevel;
import nl.verbonden.register.entity.YearFigures;
import nl.verbonden.shared.entity.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The register and its parts are out of reach of another municipality and of the other roles: a
 * forged id changes nothing of anyone's.
 */
class PartyRegisterAccessIT extends RegisterFixtures {

  // --- 11. Tenant scoping of the parts
  // -----------------------------------------------------------------------------

  @Test
  void noPartOfAnotherTenantsPartyCanBeReadOrWritten() {
    Long zeistParty = data.partyId(ZEIST, ZEIST_ONLY);
    Long zeistParticipant = data.participantIds(ZEIST, zeistParty).get(0);
    Long zeistWithRelations =
        data.partyId(ZEIST, "Regionale Dienst Werk en Inkomen Kromme Rijn Heuvelrug (RDWI)");
    Long zeistRelation = data.relationIds(ZEIST, zeistWithRelations).get(0);
    as.login("regisseur.zeist");
    Party zeistCopy = parties.find(zeistParty);
    YearFigures zeistFigures = parties.figures(zeistParty).get(0);
    BigDecimal zeistResult = zeistFigures.getResult();
    int zeistParticipants = parties.participants(zeistParty).size();
    PartyRelation zeistRelationCopy =
        parties.relations(zeistWithRelations).stream()
            .filter(r -> r.getId().equals(zeistRelation))
            .findFirst()
            .orElseThrow();
    as.logout();
    Counts zeistBefore = Counts.of(data, ZEIST, zeistParty, zeistWithRelations);
    as.login(REGISSEUR);
    Party own = parties.create(new Party(unique("Stichting Eigen Partij"), "Woudenberg"));
    long ownRelations = data.countRowsOfParty("party_relation", own.getId());
    long ownChanges = data.countRowsOfParty("party_change", own.getId());
    BigDecimal one = BigDecimal.ONE;

    List<Executable> forged =
        List.of(
            () -> parties.participants(zeistParty),
            () -> parties.addParticipant(zeistParty, "Woudenberg", ParticipantKind.GEMEENTE, one),
            () -> parties.changeParticipantShare(zeistParty, zeistParticipant, one),
            () -> parties.removeParticipant(zeistParty, zeistParticipant),
            () -> parties.changeParticipantShare(own.getId(), zeistParticipant, one),
            () -> parties.removeParticipant(own.getId(), zeistParticipant),
            () -> parties.figures(zeistParty),
            () -> parties.saveFigures(zeistParty, new YearFigures(2030, FigureKind.BEGROTING)),
            () -> parties.saveFigures(zeistParty, withResult(zeistFigures, "1.00")),
            () -> parties.saveFigures(own.getId(), withResult(zeistFigures, "2.00")),
            () ->
                parties.assessRisk(
                    zeistParty, zeistCopy.getVersion(), answers(RiskLevel.HOOG, RiskLevel.HOOG)),
            () -> parties.relations(zeistWithRelations),
            () ->
                parties.addRelation(
                    own.getId(), zeistParty, RelationType.PARTNER, LocalDate.of(2024, 1, 1), null),
            () ->
                parties.addRelation(
                    zeistParty, own.getId(), RelationType.PARTNER, LocalDate.of(2024, 1, 1), null),
            () ->
                parties.endRelation(
                    zeistRelation, zeistRelationCopy.getVersion(), LocalDate.of(2025, 1, 1)),
            () -> parties.history(zeistParty),
            () -> parties.find(zeistParty));
    for (int i = 0; i < forged.size(); i++) {
      int call = i;
      assertThrows(
          NotFoundException.class, forged.get(i), () -> "call " + call + " reached Zeist's data");
    }

    assertEquals(zeistBefore, Counts.of(data, ZEIST, zeistParty, zeistWithRelations));
    assertEquals(ownRelations, data.countRowsOfParty("party_relation", own.getId()));
    assertEquals(ownChanges, data.countRowsOfParty("party_change", own.getId()));
    as.logout();
    as.login("regisseur.zeist");
    Party zeistNow = parties.find(zeistParty);
    assertEquals(zeistCopy.getVersion(), zeistNow.getVersion());
    assertEquals(zeistCopy.getRisk().getRegime(), zeistNow.getRisk().getRegime());
    assertEquals(zeistCopy.getRisk().getAssessedOn(), zeistNow.getRisk().getAssessedOn());
    assertEquals(zeistParticipants, parties.participants(zeistParty).size());
    YearFigures zeistFiguresNow =
        parties.figures(zeistParty).stream()
            .filter(f -> f.getId().equals(zeistFigures.getId()))
            .findFirst()
            .orElseThrow();
    assertEquals(zeistFigures.getVersion(), zeistFiguresNow.getVersion());
    assertEquals(0, zeistResult.compareTo(zeistFiguresNow.getResult()));
    PartyRelation zeistRelationNow =
        parties.relations(zeistWithRelations).stream()
            .filter(r -> r.getId().equals(zeistRelation))
            .findFirst()
            .orElseThrow();
    assertEquals(zeistRelationCopy.getVersion(), zeistRelationNow.getVersion());
    assertNull(zeistRelationNow.getUntil());
  }

  @Test
  void aSearchAsWoudenbergNeverReturnsAZeistParty() {
    Set<Long> zeistIds = new HashSet<>(data.partyIds(ZEIST));
    Set<Long> woudenbergIds = new HashSet<>(data.partyIds(WOUDENBERG));
    as.login(REGISSEUR);

    List<Party> everything = parties.search(new PartyFilter(), 0, 1000, "name", true);
    List<Party> byName = parties.search(textFilter("ParkeerService"), 0, 1000, "name", true);
    List<Party> bySeat = parties.search(textFilter("Zeist"), 0, 1000, "name", true);

    assertEquals(woudenbergIds, ids(everything));
    assertTrue(ids(everything).stream().noneMatch(zeistIds::contains));
    // by ids, not names: other tests of the run may give a Woudenberg party any name, Zeist's too
    Long zeistOnly = data.partyId(ZEIST, ZEIST_ONLY);
    assertFalse(ids(everything).contains(zeistOnly));
    assertTrue(ids(byName).stream().noneMatch(zeistIds::contains), () -> names(byName).toString());
    assertEquals(byName.size(), parties.count(textFilter("ParkeerService")));
    assertTrue(ids(bySeat).stream().noneMatch(zeistIds::contains));
    assertTrue(parties.choices().stream().noneMatch(c -> zeistIds.contains(c.id())));
  }

  // --- 12. Security
  // ------------------------------------------------------------------------------------------------

  @Test
  void aRaadslidAndTheBeheerderCannotSearchOrAddParticipants() {
    Long own = data.partyIds(WOUDENBERG).get(0);
    long participants = data.countRowsOfParty("participant", own);
    for (String user : List.of("raad.woudenberg", "beheer")) {
      as.login(user);
      assertThrows(
          EJBAccessException.class,
          () -> parties.search(new PartyFilter(), 0, 10, "name", true),
          user);
      assertThrows(
          EJBAccessException.class,
          () -> parties.addParticipant(own, "Gemeente " + user, ParticipantKind.GEMEENTE, null),
          user);
      as.logout();
    }
    assertEquals(participants, data.countRowsOfParty("participant", own));
  }
}
