package nl.verbonden.register.boundary;

import static nl.verbonden.testsupport.Demo.REGISSEUR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.verbonden.register.entity.FigureKind;
import nl.verbonden.register.entity.LegalForm;
import nl.verbonden.register.entity.MonitoringRegime;
import nl.verbonden.register.entity.Participant;
import nl.verbonden.register.entity.ParticipantKind;
import nl.verbonden.register.entity.Party;
import nl.verbonden.register.entity.PartyChange;
import nl.verbonden.register.entity.PartyRelation;
import nl.verbonden.register.entity.RelationType;
import nl.verbonden.register.entity.RiskAssessment;
import nl.verbonden.register.entity.RiskLevel;
import nl.verbonden.register.entity.RiskQuestion;
import nl.verbonden.register.entity.YearFigures;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.StaleEditException;
import org.junit.jupiter.api.Test;

/**
 * The parts of a party against the real server and database: participants and their shares, figures
 * per year and kind, the risk assessment, and relations.
 */
class PartyPartsIT extends RegisterFixtures {

  // --- 6. Participants
  // ---------------------------------------------------------------------------------------------

  @Test
  void participantSharesStayAtMostHundredPercent() {
    as.login(REGISSEUR);
    Long id =
        parties
            .create(new Party(unique("GR Deelnemers"), LegalForm.GR_OPENBAAR_LICHAAM, "Utrecht"))
            .getId();
    Participant a =
        parties.addParticipant(id, "Gemeente Aa", ParticipantKind.GEMEENTE, new BigDecimal("40"));
    Participant b =
        parties.addParticipant(id, "Gemeente Bee", ParticipantKind.GEMEENTE, new BigDecimal("35"));
    Participant c =
        parties.addParticipant(
            id, "Provincie Cee", ParticipantKind.PROVINCIE, new BigDecimal("25.00"));
    assertNotNull(a.getId());
    assertNotNull(b.getId());
    assertNotNull(c.getId());
    assertEquals(0, new BigDecimal("100").compareTo(totalShare(parties.participants(id))));
    assertEquals(3, data.countRowsOfParty("participant", id));

    DomainException over =
        assertThrows(
            DomainException.class,
            () ->
                parties.addParticipant(
                    id, "Waterschap Dee", ParticipantKind.WATERSCHAP, new BigDecimal("0.01")));
    assertEquals("verbonden.participant.sharesOver100", over.messageKey());
    assertEquals(3, parties.participants(id).size());
    assertEquals(3, data.countRowsOfParty("participant", id));
    assertTrue(
        parties.participants(id).stream().noneMatch(p -> p.getName().equals("Waterschap Dee")));

    DomainException changeOver =
        assertThrows(
            DomainException.class,
            () -> parties.changeParticipantShare(id, a.getId(), new BigDecimal("40.01")));
    assertEquals("verbonden.participant.sharesOver100", changeOver.messageKey());
    assertEquals(0, new BigDecimal("40").compareTo(share(parties.participants(id), a.getId())));

    parties.removeParticipant(id, c.getId());

    List<Participant> left = parties.participants(id);
    assertEquals(2, left.size());
    assertTrue(left.stream().noneMatch(p -> p.getId().equals(c.getId())));
    assertEquals(2, data.countRowsOfParty("participant", id));
    PartyChange removed = line(parties.history(id), "history.participant.removed");
    assertEquals("Provincie Cee", removed.getSubject());
    assertEquals("Provincie Cee (25 %)", removed.getOldValue());
    assertNull(removed.getNewValue());

    // Without the 25 %, A may grow to 65 % but not beyond.
    DomainException stillOver =
        assertThrows(
            DomainException.class,
            () -> parties.changeParticipantShare(id, a.getId(), new BigDecimal("65.01")));
    assertEquals("verbonden.participant.sharesOver100", stillOver.messageKey());
    assertEquals(0, new BigDecimal("40").compareTo(share(parties.participants(id), a.getId())));
    parties.changeParticipantShare(id, a.getId(), new BigDecimal("65"));
    assertEquals(0, new BigDecimal("65").compareTo(share(parties.participants(id), a.getId())));
    assertEquals(0, new BigDecimal("100").compareTo(totalShare(parties.participants(id))));

    List<PartyChange> history = parties.history(id);
    assertEquals(
        3,
        history.stream().filter(l -> l.getFieldKey().equals("history.participant.added")).count());
    assertEquals(
        1,
        history.stream()
            .filter(l -> l.getFieldKey().equals("history.participant.removed"))
            .count());
    PartyChange shareChanged = line(history, "history.participant.share");
    assertEquals("Gemeente Aa (40 %)", shareChanged.getOldValue());
    assertEquals("Gemeente Aa (65 %)", shareChanged.getNewValue());
  }

  // --- 7. Figures
  // --------------------------------------------------------------------------------------------------

  @Test
  void figuresAreStoredExactlyOncePerYearAndKind() {
    as.login(REGISSEUR);
    Long id =
        parties
            .create(new Party(unique("GR Cijfers"), LegalForm.GR_OPENBAAR_LICHAAM, "Utrecht"))
            .getId();
    YearFigures actual = new YearFigures(2025, FigureKind.JAARREKENING);
    actual.setEquityStart(new BigDecimal("1234567.89"));
    actual.setEquityEnd(new BigDecimal("9999999999999.99"));
    actual.setResult(new BigDecimal("-1234.56"));
    actual.setContribution(new BigDecimal("100"));

    YearFigures saved = parties.saveFigures(id, actual);

    assertNotNull(saved.getId());
    List<YearFigures> figures = parties.figures(id);
    assertEquals(1, figures.size());
    YearFigures read = figures.get(0);
    assertEquals(2025, read.getYear());
    assertEquals(FigureKind.JAARREKENING, read.getKind());
    assertExactEuro("1234567.89", read.getEquityStart());
    assertExactEuro("9999999999999.99", read.getEquityEnd());
    assertExactEuro("-1234.56", read.getResult());
    assertExactEuro("100.00", read.getContribution());
    assertNull(read.getLiabilitiesStart());

    DomainException duplicate =
        assertThrows(
            DomainException.class,
            () -> parties.saveFigures(id, new YearFigures(2025, FigureKind.JAARREKENING)));
    assertEquals("verbonden.figures.duplicate", duplicate.messageKey());
    assertEquals("jaar", duplicate.field());
    assertEquals(1, data.countRowsOfParty("year_figures", id));

    YearFigures planned = new YearFigures(2025, FigureKind.BEGROTING);
    planned.setResult(new BigDecimal("5000.00"));
    parties.saveFigures(id, planned);
    assertEquals(2, parties.figures(id).size());
    assertEquals(2, data.countRowsOfParty("year_figures", id));
  }

  @Test
  void editingFiguresChangesThemAndWritesHistoryWithYearAndKind() {
    as.login(REGISSEUR);
    Long id =
        parties
            .create(
                new Party(unique("GR Cijfers Bewerken"), LegalForm.GR_OPENBAAR_LICHAAM, "Utrecht"))
            .getId();
    YearFigures actual = new YearFigures(2025, FigureKind.JAARREKENING);
    actual.setResult(new BigDecimal("1000.00"));
    actual.setContribution(new BigDecimal("250.00"));
    parties.saveFigures(id, actual);
    int linesBefore = parties.history(id).size();

    YearFigures edited = figuresOf(id, 2025, FigureKind.JAARREKENING);
    edited.setResult(new BigDecimal("-2500.50"));
    parties.saveFigures(id, edited);

    YearFigures read = figuresOf(id, 2025, FigureKind.JAARREKENING);
    assertExactEuro("-2500.50", read.getResult());
    assertExactEuro("250.00", read.getContribution());
    assertEquals(1, parties.figures(id).size());
    List<PartyChange> history = parties.history(id);
    assertEquals(linesBefore + 1, history.size());
    PartyChange result = history.get(0);
    assertEquals("figures.result", result.getFieldKey());
    assertEquals("2025 Jaarrekening", result.getSubject());
    assertEquals("1.000", result.getOldValue());
    assertEquals("-2.500,50", result.getNewValue());
    // Creating the figures wrote a line per amount, under the same subject.
    assertTrue(
        history.stream()
            .filter(l -> l.getFieldKey().startsWith("figures."))
            .allMatch(l -> "2025 Jaarrekening".equals(l.getSubject())));
  }

  @Test
  void aStaleFiguresEditIsRefused() {
    as.login(REGISSEUR);
    Long id =
        parties
            .create(
                new Party(
                    unique("GR Cijfers Twee Vensters"), LegalForm.GR_OPENBAAR_LICHAAM, "Utrecht"))
            .getId();
    YearFigures planned = new YearFigures(2026, FigureKind.BEGROTING);
    planned.setContribution(new BigDecimal("100.00"));
    parties.saveFigures(id, planned);
    YearFigures first = figuresOf(id, 2026, FigureKind.BEGROTING);
    YearFigures second = figuresOf(id, 2026, FigureKind.BEGROTING);
    first.setContribution(new BigDecimal("200.00"));
    parties.saveFigures(id, first);
    second.setContribution(new BigDecimal("300.00"));
    long lines = data.countRowsOfParty("party_change", id);

    assertThrows(StaleEditException.class, () -> parties.saveFigures(id, second));

    assertExactEuro("200.00", figuresOf(id, 2026, FigureKind.BEGROTING).getContribution());
    assertEquals(lines, data.countRowsOfParty("party_change", id));
  }

  // --- 8. Risk
  // -----------------------------------------------------------------------------------------------------

  @Test
  void highFinancialAnswersGiveTheHeavyRegimeReassessedInSixMonths() {
    as.login(REGISSEUR);
    Party party =
        parties.create(
            new Party(unique("GR Hoog Risico"), LegalForm.GR_OPENBAAR_LICHAAM, "Utrecht"));
    RiskAssessment answers = answers(RiskLevel.HOOG, RiskLevel.LAAG);
    answers.setNotes("Tekorten verwacht.");
    LocalDate today = LocalDate.now(clock);

    Party assessed = parties.assessRisk(party.getId(), party.getVersion(), answers);

    assertEquals(MonitoringRegime.ZWAAR, assessed.getRisk().getRegime());
    Party stored = parties.find(party.getId());
    RiskAssessment risk = stored.getRisk();
    assertEquals(MonitoringRegime.ZWAAR, risk.getRegime());
    assertEquals(RiskLevel.HOOG, risk.level(RiskQuestion.Category.FINANCIAL));
    assertEquals(RiskLevel.LAAG, risk.level(RiskQuestion.Category.GOVERNANCE));
    assertEquals(today, risk.getAssessedOn());
    assertEquals(today.plusMonths(6), risk.getReassessBy());
    assertEquals("Tekorten verwacht.", risk.getNotes());
    PartyChange regime = line(parties.history(party.getId()), "risk.regime");
    assertNull(regime.getOldValue());
    assertEquals("Zwaar", regime.getNewValue());
  }

  @Test
  void aRiskAssessmentWithAMissingAnswerIsRefused() {
    as.login(REGISSEUR);
    Party party =
        parties.create(
            new Party(unique("GR Half Beoordeeld"), LegalForm.GR_OPENBAAR_LICHAAM, "Utrecht"));
    RiskAssessment answers = answers(RiskLevel.GEMIDDELD, RiskLevel.GEMIDDELD);
    answers.setAnswer(RiskQuestion.EXECUTION_RISK, null);

    DomainException incomplete =
        assertThrows(
            DomainException.class,
            () -> parties.assessRisk(party.getId(), party.getVersion(), answers));

    assertEquals("verbonden.risk.incomplete", incomplete.messageKey());
    Party stored = parties.find(party.getId());
    assertFalse(stored.getRisk().isAssessed());
    assertNull(stored.getRisk().getRegime());
    assertEquals(party.getVersion(), stored.getVersion());
    assertEquals(1, parties.history(party.getId()).size());
  }

  @Test
  void countOverdueCountsTheDemoPartiesWhoseReassessmentIsPastDue() {
    as.login(REGISSEUR);
    LocalDate today = LocalDate.now(clock);
    long overdue = parties.list().stream().filter(p -> p.getRisk().isOverdue(today)).count();

    long counted = parties.countOverdue();

    assertTrue(
        counted >= 1, "the Woudenberg demo has overdue assessments (e.g. the recreatieschap)");
    assertEquals(overdue, counted);
  }

  // --- 9. Relations
  // ------------------------------------------------------------------------------------------------

  @Test
  void aRelationIsListedFromBothSidesAndRecordedInBothHistories() {
    as.login(REGISSEUR);
    Party a = parties.create(new Party(unique("Stichting Relatie A"), "Woudenberg"));
    Party b = parties.create(new Party(unique("Stichting Relatie B"), "Woudenberg"));

    PartyRelation added =
        parties.addRelation(
            a.getId(), b.getId(), RelationType.PARTNER, LocalDate.of(2020, 1, 1), " Samen ");

    assertNotNull(added.getId());
    for (Long side : List.of(a.getId(), b.getId())) {
      List<PartyRelation> relations = parties.relations(side);
      assertEquals(1, relations.size());
      PartyRelation listed = relations.get(0);
      assertEquals(added.getId(), listed.getId());
      assertEquals(a.getId(), listed.getParty().getId());
      assertEquals(b.getId(), listed.getRelated().getId());
      assertEquals(RelationType.PARTNER, listed.getType());
      assertEquals("Samen", listed.getNote());
      assertNull(listed.getUntil());
      PartyChange line = line(parties.history(side), "history.relation.added");
      assertEquals(side.equals(a.getId()) ? b.getName() : a.getName(), line.getSubject());
    }
  }

  @Test
  void aDuplicateOrSelfRelationIsRefused() {
    as.login(REGISSEUR);
    Party a = parties.create(new Party(unique("Stichting Dubbel A"), "Woudenberg"));
    Party b = parties.create(new Party(unique("Stichting Dubbel B"), "Woudenberg"));
    parties.addRelation(a.getId(), b.getId(), RelationType.PARTNER, LocalDate.of(2020, 1, 1), null);

    DomainException again =
        assertThrows(
            DomainException.class,
            () ->
                parties.addRelation(
                    a.getId(), b.getId(), RelationType.PARTNER, LocalDate.of(2021, 1, 1), null));
    assertEquals("verbonden.relation.duplicate", again.messageKey());
    DomainException backwards =
        assertThrows(
            DomainException.class,
            () ->
                parties.addRelation(
                    b.getId(), a.getId(), RelationType.PARTNER, LocalDate.of(2021, 1, 1), null));
    assertEquals("verbonden.relation.duplicate", backwards.messageKey());
    DomainException self =
        assertThrows(
            DomainException.class,
            () ->
                parties.addRelation(
                    a.getId(), a.getId(), RelationType.PARTNER, LocalDate.of(2021, 1, 1), null));
    assertEquals("verbonden.relation.self", self.messageKey());

    assertEquals(1, parties.relations(a.getId()).size());
    assertEquals(1, data.countRowsOfParty("party_relation", a.getId()));
    assertEquals(2, parties.history(a.getId()).size());
  }

  @Test
  void anEndedRelationKeepsItsEndDateAndCannotEndTwice() {
    as.login(REGISSEUR);
    Party a = parties.create(new Party(unique("Stichting Einde A"), "Woudenberg"));
    Party b = parties.create(new Party(unique("Stichting Einde B"), "Woudenberg"));
    PartyRelation added =
        parties.addRelation(
            a.getId(), b.getId(), RelationType.SUBCONTRACTOR, LocalDate.of(2020, 1, 1), null);
    LocalDate endedOn = LocalDate.of(2025, 12, 31);
    DomainException beforeStart =
        assertThrows(
            DomainException.class,
            () ->
                parties.endRelation(added.getId(), added.getVersion(), LocalDate.of(2019, 12, 31)));
    assertEquals("verbonden.relation.endBeforeStart", beforeStart.messageKey());

    PartyRelation ended = parties.endRelation(added.getId(), added.getVersion(), endedOn);

    assertEquals(endedOn, ended.getUntil());
    LocalDate today = LocalDate.now(clock);
    for (Long side : List.of(a.getId(), b.getId())) {
      PartyRelation listed = parties.relations(side).get(0);
      assertEquals(endedOn, listed.getUntil());
      assertFalse(listed.isActiveOn(today));
      PartyChange line = line(parties.history(side), "history.relation.ended");
      assertEquals("31-12-2025", line.getNewValue());
    }

    PartyRelation current = parties.relations(a.getId()).get(0);
    DomainException twice =
        assertThrows(
            DomainException.class,
            () ->
                parties.endRelation(
                    current.getId(), current.getVersion(), LocalDate.of(2026, 1, 31)));
    assertEquals("verbonden.relation.alreadyEnded", twice.messageKey());
    assertThrows(
        StaleEditException.class,
        () -> parties.endRelation(added.getId(), added.getVersion(), LocalDate.of(2026, 1, 31)));
    assertEquals(endedOn, parties.relations(a.getId()).get(0).getUntil());
    assertEquals(
        1,
        parties.history(a.getId()).stream()
            .filter(l -> l.getFieldKey().equals("history.relation.ended"))
            .count());

    // Only an active relation blocks the same one: once ended, it may be entered anew.
    PartyRelation again =
        parties.addRelation(a.getId(), b.getId(), RelationType.SUBCONTRACTOR, today, null);
    assertEquals(2, parties.relations(b.getId()).size());
    assertNull(again.getUntil());
  }
}
