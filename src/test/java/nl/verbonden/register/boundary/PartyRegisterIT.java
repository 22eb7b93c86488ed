package nl.verbonden.register.boundary;

import static nl.verbonden.testsupport.Demo.REGISSEUR;
import static nl.verbonden.testsupport.Demo.WOUDENBERG;
import static nl.verbonden.testsupport.Demo.ZEIST;
import static nl.verbonden.testsupport.Demo.ZEIST_ONLY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.verbonden.register.control.PartyFilter;
import nl.verbonden.register.entity.BbvGroup;
import nl.verbonden.register.entity.FigureKind;
import nl.verbonden.register.entity.LegalForm;
import nl.verbonden.register.entity.MonitoringRegime;
import nl.verbonden.register.entity.Participant;
import nl.verbonden.register.entity.ParticipantKind;
import nl.verbonden.register.entity.Party;
import nl.verbonden.register.entity.PartyChange;
import nl.verbonden.register.entity.PartyRelation;
import nl.verbonden.register.entity.PolicyDomain;
import nl.verbonden.register.entity.RelationType;
import nl.verbonden.register.entity.RiskAssessment;
import nl.verbonden.register.entity.RiskLevel;
import nl.verbonden.register.entity.RiskQuestion;
import nl.verbonden.register.entity.Rsin;
import nl.verbonden.register.entity.YearFigures;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.NotFoundException;
import nl.verbonden.shared.entity.StaleEditException;
import nl.verbonden.testsupport.InContainer;
import nl.verbonden.testsupport.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The register service against the real server and database: every rule of create, update,
 * participants, figures, risk, relations, search, tenant scoping and security. The in-memory
 * database is shared by every test class of a run, so each test makes its own parties, with names
 * no other test uses, and depends on no other test.
 */
class PartyRegisterIT extends InContainer {

  /** Passes the eleven-test: 9·1 + 8·1 + 7·1 + 6·2 + 5·2 + 4·2 + 3·3 + 2·3 − 3 = 66 = 6·11. */
  private static final String VALID_RSIN = "111222333";

  /** Nine digits, but fails the eleven-test (the sum is 65). */
  private static final String INVALID_RSIN = "111222334";

  @Inject private PartyService parties;
  @Inject private java.time.Clock clock;

  // --- 1. Create
  // ---------------------------------------------------------------------------------------------------

  @Test
  void aCreatedPartyIsStoredWithItsDerivedGroupAndVerbondenPartijAndOneHistoryLine() {
    assertTrue(Rsin.isValid(VALID_RSIN));
    String name = unique("Gemeenschappelijke Regeling Volledig");
    as.login(REGISSEUR);
    Party party = new Party(name, LegalForm.GR_OPENBAAR_LICHAAM, "Utrecht");
    party.setKvkNumber("1234 5678");
    party.setRsin(VALID_RSIN);
    party.setDomains(EnumSet.of(PolicyDomain.VEILIGHEID, PolicyDomain.ZORG_EN_GEZONDHEID));
    party.setPublicInterest("Samen sterker in de regio.");
    party.setStartDate(LocalDate.of(2020, 1, 1));
    party.getInterest().setBoardSeat(true);
    party.getInterest().setLiable(true);

    Party created = parties.create(party);

    assertNotNull(created.getId());
    Party stored = parties.find(created.getId());
    assertEquals(name, stored.getName());
    assertEquals(LegalForm.GR_OPENBAAR_LICHAAM, stored.getLegalForm());
    assertEquals(BbvGroup.GEMEENSCHAPPELIJKE_REGELINGEN, stored.getBbvGroup());
    assertTrue(stored.isVerbondenPartij());
    assertEquals("12345678", stored.getKvkNumber());
    assertEquals(VALID_RSIN, stored.getRsin());
    assertEquals(
        EnumSet.of(PolicyDomain.VEILIGHEID, PolicyDomain.ZORG_EN_GEZONDHEID), stored.getDomains());
    assertEquals(LocalDate.of(2020, 1, 1), stored.getStartDate());
    assertTrue(stored.getInterest().isBoardSeat());
    assertTrue(stored.getInterest().isLiable());
    assertEquals(REGISSEUR, stored.getCreatedBy());
    assertEquals(WOUDENBERG, data.storedTenantOfParty(created.getId()));

    List<PartyChange> history = parties.history(created.getId());
    assertEquals(1, history.size());
    PartyChange line = history.get(0);
    assertEquals("history.created", line.getFieldKey());
    assertEquals(created.getId(), line.getPartyId());
    assertEquals(name, line.getNewValue());
    assertNull(line.getOldValue());
    assertEquals(REGISSEUR, line.getCreatedBy());
  }

  // --- 2. Names are unique per tenant
  // ------------------------------------------------------------------------------

  @Test
  void aNameTakenInTheOwnRegisterIsRefusedIgnoringCaseAndNothingIsStored() {
    String name = unique("Stichting Dubbele Naam");
    as.login(REGISSEUR);
    parties.create(new Party(name, "Woudenberg"));
    long before = parties.count();

    DomainException taken =
        assertThrows(
            DomainException.class,
            () ->
                parties.create(
                    new Party(name.toUpperCase(Locale.ROOT), LegalForm.STICHTING, "Zeist")));

    assertEquals("verbonden.party.nameTaken", taken.messageKey());
    assertEquals("naam", taken.field());
    assertEquals(before, parties.count());
    assertEquals(1, data.countPartiesNamed(WOUDENBERG, name));
  }

  @Test
  void aNameOfAnotherTenantsPartyIsFreeInTheOwnRegister() {
    // A Zeist-only party (made here, with a name of its own, so that Woudenberg's demo register
    // stays as it is).
    String name = unique("Coöperatie Alleen Zeist");
    as.login("regisseur.zeist");
    parties.create(new Party(name, LegalForm.COOPERATIE, "Zeist"));
    as.logout();
    assertEquals(1, data.countPartiesNamed(ZEIST, name));
    assertEquals(0, data.countPartiesNamed(WOUDENBERG, name));

    as.login(REGISSEUR);
    Party own = parties.create(new Party(name, LegalForm.COOPERATIE, "Woudenberg"));

    assertEquals(WOUDENBERG, data.storedTenantOfParty(own.getId()));
    assertEquals(1, data.countPartiesNamed(WOUDENBERG, name));
    assertEquals(1, data.countPartiesNamed(ZEIST, name));
    // The demo's own Zeist-only party is not seen as taken either: nothing of Woudenberg's has its
    // name.
    assertEquals(1, data.countPartiesNamed(ZEIST, ZEIST_ONLY));
    assertEquals(0, data.countPartiesNamed(WOUDENBERG, ZEIST_ONLY));
  }

  // --- 3. Bean Validation
  // ------------------------------------------------------------------------------------------

  @Test
  void aPartyWithAnRsinThatFailsTheElevenTestIsRefusedAndNotStored() {
    assertFalse(Rsin.isValid(INVALID_RSIN));
    String name = unique("Stichting Fout RSIN");
    as.login(REGISSEUR);
    Party party = new Party(name, LegalForm.STICHTING, "Woudenberg");
    party.setRsin(INVALID_RSIN);

    EJBException refused = assertThrows(EJBException.class, () -> parties.create(party));

    ConstraintViolationException violations = causeOf(refused, ConstraintViolationException.class);
    assertNotNull(violations, () -> "Expected a ConstraintViolationException in " + refused);
    assertTrue(
        violations.getConstraintViolations().stream()
            .anyMatch(v -> v.getPropertyPath().toString().endsWith("rsin")),
        violations::toString);
    assertEquals(0, data.countPartiesNamedInAnyTenant(name));
  }

  // --- 4. Update and its history
  // -----------------------------------------------------------------------------------

  @Test
  void anUpdateWritesExactlyTheChangedFieldsAsOldAndNewText() {
    as.login(REGISSEUR);
    Party party = new Party(unique("Stichting Verhuizing"), LegalForm.STICHTING, "Utrecht");
    party.getInterest().setAmountAtRisk(new BigDecimal("1000.00"));
    Long id = parties.create(party).getId();
    Party edited = parties.find(id);
    edited.setSeat("Amersfoort");
    edited.getInterest().setAmountAtRisk(new BigDecimal("1234.50"));

    parties.update(edited);

    Party stored = parties.find(id);
    assertEquals("Amersfoort", stored.getSeat());
    assertEquals(0, new BigDecimal("1234.50").compareTo(stored.getInterest().getAmountAtRisk()));
    List<PartyChange> changes = changesExceptCreated(parties.history(id));
    assertEquals(Set.of("party.seat", "interest.amountAtRisk"), keys(changes), changes::toString);
    assertEquals(2, changes.size());
    PartyChange seat = line(changes, "party.seat");
    assertEquals("Utrecht", seat.getOldValue());
    assertEquals("Amersfoort", seat.getNewValue());
    assertNull(seat.getSubject());
    assertEquals(REGISSEUR, seat.getCreatedBy());
    PartyChange amount = line(changes, "interest.amountAtRisk");
    assertEquals("1.000", amount.getOldValue());
    assertEquals("1.234,50", amount.getNewValue());
  }

  @Test
  void anUnchangedUpdateWritesNoHistory() {
    as.login(REGISSEUR);
    Party party = new Party(unique("Stichting Ongewijzigd"), LegalForm.STICHTING, "Utrecht");
    party.getInterest().setAmountAtRisk(new BigDecimal("250.75"));
    party.setDomains(EnumSet.of(PolicyDomain.ONDERWIJS));
    Long id = parties.create(party).getId();
    Party unchanged = parties.find(id);
    long version = unchanged.getVersion();

    parties.update(unchanged);

    assertEquals(1, parties.history(id).size());
    assertEquals(1, data.countRowsOfParty("party_change", id));
    assertEquals(version, parties.find(id).getVersion());
  }

  @Test
  void anEndDateBeforeTheStartDateIsRefusedAndNothingChanges() {
    as.login(REGISSEUR);
    Party party = new Party(unique("Stichting Terug In De Tijd"), LegalForm.STICHTING, "Utrecht");
    Long id = parties.create(party).getId();
    Party edited = parties.find(id);
    long version = edited.getVersion();
    edited.setSeat("Amersfoort");
    edited.setStartDate(LocalDate.of(2020, 1, 1));
    edited.setEndDate(LocalDate.of(2019, 12, 31));

    DomainException refused = assertThrows(DomainException.class, () -> parties.update(edited));

    assertEquals("verbonden.party.endBeforeStart", refused.messageKey());
    assertEquals("einddatum", refused.field());
    Party stored = parties.find(id);
    assertEquals("Utrecht", stored.getSeat());
    assertNull(stored.getStartDate());
    assertNull(stored.getEndDate());
    assertEquals(version, stored.getVersion());
    assertEquals(1, parties.history(id).size());
  }

  // --- 5. Stale edit
  // -----------------------------------------------------------------------------------------------

  @Test
  void aStaleEditIsRefusedAndTheFirstSavedValuesStay() {
    as.login(REGISSEUR);
    Long id = parties.create(new Party(unique("Stichting Twee Vensters"), "Woudenberg")).getId();
    Party first = parties.find(id);
    Party second = parties.find(id);
    first.setSeat("Leusden");
    first.getInterest().setAmountAtRisk(new BigDecimal("10.00"));
    parties.update(first);
    second.setSeat("Scherpenzeel");
    second.getInterest().setAmountAtRisk(new BigDecimal("99.99"));

    assertThrows(StaleEditException.class, () -> parties.update(second));

    Party stored = parties.find(id);
    assertEquals("Leusden", stored.getSeat());
    assertEquals(0, new BigDecimal("10.00").compareTo(stored.getInterest().getAmountAtRisk()));
    List<PartyChange> changes = changesExceptCreated(parties.history(id));
    assertEquals(Set.of("party.seat", "interest.amountAtRisk"), keys(changes));
    assertTrue(changes.stream().noneMatch(c -> "Scherpenzeel".equals(c.getNewValue())));
  }

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

  // --- 10. Search
  // --------------------------------------------------------------------------------------------------

  @Test
  void searchFiltersOnGroupAndCountAgrees() {
    as.login(REGISSEUR);
    PartyFilter filter = new PartyFilter();
    filter.setGroup(BbvGroup.GEMEENSCHAPPELIJKE_REGELINGEN);

    List<Party> found = parties.search(filter, 0, 1000, "name", true);

    assertFalse(found.isEmpty());
    assertTrue(
        found.stream().allMatch(p -> p.getBbvGroup() == BbvGroup.GEMEENSCHAPPELIJKE_REGELINGEN));
    assertTrue(names(found).contains("Veiligheidsregio Utrecht"));
    assertTrue(names(found).contains("GGD regio Utrecht"));
    assertEquals(found.size(), parties.count(filter));
    long inList =
        parties.list().stream()
            .filter(p -> p.getBbvGroup() == BbvGroup.GEMEENSCHAPPELIJKE_REGELINGEN)
            .count();
    assertEquals(inList, found.size());
  }

  @Test
  void searchFiltersOnVerbondenPartij() {
    as.login(REGISSEUR);
    PartyFilter filter = new PartyFilter();
    filter.setVerbondenPartij(false);

    List<Party> found = parties.search(filter, 0, 1000, "name", true);

    assertFalse(found.isEmpty());
    assertTrue(found.stream().noneMatch(Party::isVerbondenPartij));
    assertTrue(names(found).contains("Vereniging van Nederlandse Gemeenten (VNG)"));
    assertFalse(names(found).contains("Veiligheidsregio Utrecht"));
    assertEquals(found.size(), parties.count(filter));
  }

  @Test
  void searchTextIgnoresCaseAndFindsWildcardsLiterally() {
    as.login(REGISSEUR);
    String withPercent = unique("Stichting 100% Zeker");
    String withUnderscore = unique("Stichting Onder_Streep");
    parties.create(new Party(withPercent, "Woudenberg"));
    parties.create(new Party(withUnderscore, "Woudenberg"));
    long all = parties.count();

    for (String text : List.of("veiligheid", "VEILIGHEIDSREGIO", "  Veiligheidsregio  ")) {
      PartyFilter filter = textFilter(text);
      assertTrue(
          names(parties.search(filter, 0, 1000, "name", true)).contains("Veiligheidsregio Utrecht"),
          text);
    }

    PartyFilter percent = textFilter("%");
    List<Party> withPercentFound = parties.search(percent, 0, 1000, "name", true);
    assertTrue(names(withPercentFound).contains(withPercent));
    assertTrue(
        withPercentFound.stream().allMatch(p -> anyFieldContains(p, "%")),
        () -> names(withPercentFound).toString());
    assertTrue(parties.count(percent) < all);
    assertEquals(withPercentFound.size(), parties.count(percent));

    PartyFilter underscore = textFilter("_");
    List<Party> withUnderscoreFound = parties.search(underscore, 0, 1000, "name", true);
    assertTrue(names(withUnderscoreFound).contains(withUnderscore));
    assertTrue(withUnderscoreFound.stream().allMatch(p -> anyFieldContains(p, "_")));
    assertTrue(parties.count(underscore) < all);
  }

  @Test
  void pagesAreDisjointAndInNameOrder() {
    as.login(REGISSEUR);
    PartyFilter all = new PartyFilter();

    List<Party> firstPage = parties.search(all, 0, 2, "name", true);
    List<Party> secondPage = parties.search(all, 2, 2, "name", true);
    List<Party> firstFour = parties.search(all, 0, 4, "name", true);

    assertEquals(2, firstPage.size());
    assertEquals(2, secondPage.size());
    Set<Long> firstIds = ids(firstPage);
    assertTrue(ids(secondPage).stream().noneMatch(firstIds::contains));
    List<Long> both = new ArrayList<>(firstPage.stream().map(Party::getId).toList());
    both.addAll(secondPage.stream().map(Party::getId).toList());
    assertEquals(firstFour.stream().map(Party::getId).toList(), both);
    // In the database's own name order (its collation may differ from Java's), as the full list has
    // it.
    List<Long> byName = parties.list().stream().map(Party::getId).toList();
    assertEquals(byName.subList(0, 4), both);
    assertEquals(byName.subList(0, 2), firstPage.stream().map(Party::getId).toList());
    assertEquals(byName.subList(2, 4), secondPage.stream().map(Party::getId).toList());
  }

  @Test
  void sortingByGroupDescendingWorks() {
    as.login(REGISSEUR);

    List<Party> sorted = parties.search(new PartyFilter(), 0, 1000, "bbvGroup", false);

    assertEquals(parties.count(), sorted.size());
    assertEquals(BbvGroup.VENNOOTSCHAPPEN_EN_COOPERATIES, sorted.get(0).getBbvGroup());
    assertEquals(
        BbvGroup.GEMEENSCHAPPELIJKE_REGELINGEN, sorted.get(sorted.size() - 1).getBbvGroup());
    // Groups descending (stored as their names, which start with different letters); within a group
    // by name, in
    // the database's own name order as the full list has it.
    List<Long> byName = parties.list().stream().map(Party::getId).toList();
    for (int i = 1; i < sorted.size(); i++) {
      Party before = sorted.get(i - 1);
      Party after = sorted.get(i);
      int byGroup = before.getBbvGroup().name().compareTo(after.getBbvGroup().name());
      assertTrue(byGroup >= 0, () -> before.getName() + " before " + after.getName());
      if (byGroup == 0) {
        assertTrue(
            byName.indexOf(before.getId()) < byName.indexOf(after.getId()),
            () -> before.getName() + " before " + after.getName());
      }
    }
  }

  @Test
  void anEndedPartyIsFoundAsEndedAndNotAsActive() {
    as.login(REGISSEUR);
    String name = unique("Stichting Opgeheven");
    Long id = parties.create(new Party(name, LegalForm.STICHTING, "Woudenberg")).getId();
    PartyFilter active = new PartyFilter();
    active.setStatus(PartyFilter.Status.ACTIVE);
    PartyFilter ended = new PartyFilter();
    ended.setStatus(PartyFilter.Status.ENDED);
    assertTrue(ids(parties.search(active, 0, 1000, "name", true)).contains(id));
    assertFalse(ids(parties.search(ended, 0, 1000, "name", true)).contains(id));

    Party edited = parties.find(id);
    edited.setStartDate(LocalDate.of(2015, 1, 1));
    edited.setEndDate(LocalDate.now(clock).minusDays(1));
    edited.setEndReason("Opgeheven");
    parties.update(edited);

    List<Party> endedFound = parties.search(ended, 0, 1000, "name", true);
    assertTrue(ids(endedFound).contains(id));
    LocalDate today = LocalDate.now(clock);
    assertTrue(endedFound.stream().noneMatch(p -> p.isActiveOn(today)));
    List<Party> activeFound = parties.search(active, 0, 1000, "name", true);
    assertFalse(ids(activeFound).contains(id));
    assertTrue(activeFound.stream().allMatch(p -> p.isActiveOn(today)));
    assertEquals(parties.count(), parties.count(active) + parties.count(ended));
  }

  @Test
  void overdueOnlyFindsExactlyThePartiesWhoseReassessmentIsPastDue() {
    as.login(REGISSEUR);
    LocalDate today = LocalDate.now(clock);
    PartyFilter overdue = new PartyFilter();
    overdue.setOverdueOnly(true);

    List<Party> found = parties.search(overdue, 0, 1000, "risk.reassessBy", true);

    assertFalse(found.isEmpty());
    assertTrue(
        found.stream()
            .allMatch(
                p ->
                    p.getRisk().getReassessBy() != null
                        && p.getRisk().getReassessBy().isBefore(today)));
    Set<Long> expected =
        parties.list().stream()
            .filter(p -> p.getRisk().isOverdue(today))
            .map(Party::getId)
            .collect(Collectors.toSet());
    assertEquals(expected, ids(found));
    assertEquals(found.size(), parties.count(overdue));
  }

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
    assertFalse(names(everything).contains(ZEIST_ONLY));
    assertTrue(byName.isEmpty(), () -> names(byName).toString());
    assertEquals(0, parties.count(textFilter("ParkeerService")));
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

  // --- Helpers
  // -----------------------------------------------------------------------------------------------------

  /**
   * What Zeist holds of the parties a forged call aims at, counted in every tenant and in Zeist's
   * whole register.
   */
  private record Counts(List<Long> ofParties, List<Long> ofTenant) {

    static Counts of(TestData data, String tenant, Long... partyIds) {
      List<Long> ofParties = new ArrayList<>();
      for (Long partyId : partyIds) {
        for (String table :
            List.of("participant", "year_figures", "party_change", "party_relation")) {
          ofParties.add(data.countRowsOfParty(table, partyId));
        }
      }
      List<Long> ofTenant = new ArrayList<>();
      for (String table :
          List.of("party", "participant", "year_figures", "party_change", "party_relation")) {
        ofTenant.add(data.countTenantRows(table, tenant));
      }
      return new Counts(ofParties, ofTenant);
    }
  }

  /** A name no other test (of this class or another, in this run) uses. */
  private static String unique(String base) {
    return base + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  private static RiskAssessment answers(RiskLevel financial, RiskLevel governance) {
    RiskAssessment answers = new RiskAssessment();
    for (RiskQuestion question : RiskQuestion.values()) {
      answers.setAnswer(
          question,
          question.category() == RiskQuestion.Category.FINANCIAL ? financial : governance);
    }
    return answers;
  }

  private static YearFigures withResult(YearFigures figures, String result) {
    figures.setResult(new BigDecimal(result));
    return figures;
  }

  private YearFigures figuresOf(Long partyId, int year, FigureKind kind) {
    return parties.figures(partyId).stream()
        .filter(f -> f.getYear() == year && f.getKind() == kind)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no figures " + year + " " + kind));
  }

  private static void assertExactEuro(String expected, BigDecimal actual) {
    assertNotNull(actual);
    assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> expected + " <> " + actual);
    assertEquals(2, actual.scale(), () -> "scale of " + actual);
  }

  private static PartyFilter textFilter(String text) {
    PartyFilter filter = new PartyFilter();
    filter.setText(text);
    return filter;
  }

  private static boolean anyFieldContains(Party party, String text) {
    return Stream.of(party.getName(), party.getSeat(), party.getKvkNumber(), party.getRsin())
        .anyMatch(value -> value != null && value.contains(text));
  }

  private static List<PartyChange> changesExceptCreated(List<PartyChange> history) {
    return history.stream().filter(l -> !l.getFieldKey().equals("history.created")).toList();
  }

  private static Set<String> keys(List<PartyChange> changes) {
    return changes.stream().map(PartyChange::getFieldKey).collect(Collectors.toSet());
  }

  /** The one line of the history with this key. */
  private static PartyChange line(List<PartyChange> history, String key) {
    List<PartyChange> lines = history.stream().filter(l -> l.getFieldKey().equals(key)).toList();
    if (lines.size() != 1) {
      fail("expected one history line " + key + ", found " + lines.size() + " in " + keys(history));
    }
    return lines.get(0);
  }

  private static BigDecimal totalShare(List<Participant> participants) {
    return participants.stream()
        .map(Participant::getVotingShare)
        .filter(java.util.Objects::nonNull)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal share(List<Participant> participants, Long participantId) {
    return participants.stream()
        .filter(p -> p.getId().equals(participantId))
        .findFirst()
        .map(Participant::getVotingShare)
        .orElseThrow(() -> new AssertionError("no participant " + participantId));
  }

  private static Set<Long> ids(List<Party> list) {
    return list.stream().map(Party::getId).collect(Collectors.toSet());
  }

  private static Set<String> names(List<Party> list) {
    return list.stream().map(Party::getName).collect(Collectors.toSet());
  }

  private static <T extends Throwable> T causeOf(Throwable thrown, Class<T> type) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }
}
