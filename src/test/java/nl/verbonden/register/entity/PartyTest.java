package nl.verbonden.register.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.verbonden.register.RegisterBundles;
import nl.verbonden.shared.entity.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartyTest {

  /** The fields a person edits in the party form, in the order the history shows them. */
  private static final List<String> EDITABLE =
      List.of(
          "party.name",
          "party.legalForm",
          "party.kvkNumber",
          "party.rsin",
          "party.seat",
          "party.domains",
          "party.publicInterest",
          "party.startDate",
          "party.endDate",
          "party.endReason",
          "interest.boardSeat",
          "interest.votingRights",
          "interest.votingShare",
          "interest.governanceDescription",
          "interest.amountAtRisk",
          "interest.liable",
          "interest.financialDescription");

  // --- derivation
  // ---------------------------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(LegalForm.class)
  void checkAndDeriveTakesTheBbvGroupFromTheLegalForm(LegalForm form) {
    Party party = new Party("Partij", form, "Utrecht");
    party.checkAndDerive();
    assertEquals(form.group(), party.getBbvGroup());
  }

  /**
   * JPA uses field access (the mapping is on the fields), so a row loaded from the database does
   * not pass {@link Party#setLegalForm}: a legal form changed in the database alone leaves a stale
   * group, and only checkAndDerive puts it right. The test loads such a row the same way, by
   * setting the field.
   */
  @Test
  void checkAndDeriveCorrectsAGroupThatIsOutOfStepWithTheLegalForm()
      throws ReflectiveOperationException {
    Party party = new Party("Regio", LegalForm.OVERIG, "Utrecht");
    Field legalForm = Party.class.getDeclaredField("legalForm");
    legalForm.setAccessible(true);
    legalForm.set(party, LegalForm.GR_BEDRIJFSVOERINGSORGANISATIE);
    assertEquals(BbvGroup.OVERIGE, party.getBbvGroup(), "stale, as loaded");

    party.checkAndDerive();

    assertEquals(BbvGroup.GEMEENSCHAPPELIJKE_REGELINGEN, party.getBbvGroup());
  }

  @Test
  void checkAndDeriveStoresWhetherTheBelangMakesAVerbondenPartij() {
    Party party = new Party("Veiligheidsregio Utrecht", LegalForm.GR_OPENBAAR_LICHAAM, "Utrecht");
    party.checkAndDerive();
    assertFalse(party.isVerbondenPartij());

    party.getInterest().setBoardSeat(true);
    party.checkAndDerive();
    assertFalse(party.isVerbondenPartij(), "a seat alone");

    party.getInterest().setAmountAtRisk(new BigDecimal("250000.00"));
    party.checkAndDerive();
    assertTrue(party.isVerbondenPartij(), "a seat and money at risk");
    assertEquals(party.interestAssessment().verbondenPartij(), party.isVerbondenPartij());

    party.getInterest().setBoardSeat(false);
    party.checkAndDerive();
    assertFalse(party.isVerbondenPartij(), "money at risk alone");
  }

  @Test
  void anEndBeforeTheStartIsRefusedAtTheEndDateField() {
    Party party = new Party("Partij", "Utrecht");
    party.setStartDate(LocalDate.of(2026, 3, 1));
    party.setEndDate(LocalDate.of(2026, 2, 28));
    DomainException refused = assertThrows(DomainException.class, party::checkAndDerive);
    assertEquals("verbonden.party.endBeforeStart", refused.messageKey());
    assertEquals("einddatum", refused.field());
  }

  @Test
  void anEndOnTheStartDayOrWithoutAStartIsAccepted() {
    Party party = new Party("Partij", "Utrecht");
    party.setStartDate(LocalDate.of(2026, 3, 1));
    party.setEndDate(LocalDate.of(2026, 3, 1));
    assertDoesNotThrow(party::checkAndDerive);
    party.setStartDate(null);
    party.setEndDate(LocalDate.of(1990, 1, 1));
    assertDoesNotThrow(party::checkAndDerive);
  }

  @Test
  void aReasonOfEndingIsDroppedWithoutAnEndDate() {
    Party party = new Party("Partij", "Utrecht");
    party.setEndReason("Opgeheven");
    party.checkAndDerive();
    assertNull(party.getEndReason());

    party.setEndDate(LocalDate.of(2026, 12, 31));
    party.setEndReason("Opgeheven");
    party.checkAndDerive();
    assertEquals("Opgeheven", party.getEndReason());
  }

  @Test
  void theVotingShareIsDroppedWithoutVotingRights() {
    Party party = new Party("Partij", "Utrecht");
    party.getInterest().setVotingRights(true);
    party.getInterest().setVotingShare(new BigDecimal("12.50"));
    party.checkAndDerive();
    assertEquals(new BigDecimal("12.50"), party.getInterest().getVotingShare());

    party.getInterest().setVotingRights(false);
    party.checkAndDerive();
    assertNull(party.getInterest().getVotingShare());
  }

  // --- participants
  // -------------------------------------------------------------------------------------------

  @Test
  void participantsMayTogetherHoldExactlyHundredPercent() {
    Party party = new Party("Regio", LegalForm.GR_OPENBAAR_LICHAAM, "Utrecht");
    party.addParticipant("Utrecht", ParticipantKind.GEMEENTE, new BigDecimal("40"));
    party.addParticipant("Zeist", ParticipantKind.GEMEENTE, new BigDecimal("35.00"));
    party.addParticipant("Houten", ParticipantKind.GEMEENTE, new BigDecimal("25"));
    assertEquals(0, new BigDecimal("100").compareTo(party.totalShare()));
    assertEquals(3, party.getParticipants().size());
  }

  @Test
  void aParticipantThatWouldPushTheSharesOverHundredIsNotAdded() {
    Party party = fullParty();
    DomainException refused =
        assertThrows(
            DomainException.class,
            () -> party.addParticipant("Bunnik", ParticipantKind.GEMEENTE, new BigDecimal("0.01")));
    assertEquals("verbonden.participant.sharesOver100", refused.messageKey());
    assertEquals("deelnemerAandeel", refused.field());
    assertArrayEquals(new Object[] {"100.01"}, refused.arguments());
    assertEquals(List.of("Utrecht", "Zeist", "Houten"), names(party));
    assertEquals(0, new BigDecimal("100").compareTo(party.totalShare()));
  }

  @Test
  void aChangeOfShareThatWouldPushTheSharesOverHundredLeavesTheOldShare() {
    Party party = fullParty();
    Participant utrecht = party.getParticipants().get(0);
    DomainException refused =
        assertThrows(
            DomainException.class, () -> party.changeShare(utrecht, new BigDecimal("40.01")));
    assertEquals("verbonden.participant.sharesOver100", refused.messageKey());
    assertEquals(new BigDecimal("40"), utrecht.getVotingShare());

    party.changeShare(utrecht, new BigDecimal("30"));
    assertEquals(new BigDecimal("30"), utrecht.getVotingShare());
    assertDoesNotThrow(
        () -> party.addParticipant("Bunnik", ParticipantKind.GEMEENTE, new BigDecimal("10")));
  }

  @Test
  void aParticipantWithoutAShareCountsAsZero() {
    Party party = new Party("Regio", LegalForm.GR_OPENBAAR_LICHAAM, "Utrecht");
    party.addParticipant("Utrecht", ParticipantKind.GEMEENTE, new BigDecimal("60"));
    Participant provincie =
        party.addParticipant("Provincie Utrecht", ParticipantKind.PROVINCIE, null);
    party.addParticipant("Zeist", ParticipantKind.GEMEENTE, new BigDecimal("40"));
    assertEquals(0, new BigDecimal("100").compareTo(party.totalShare()));
    assertNull(provincie.getVotingShare());
    assertDoesNotThrow(() -> party.addParticipant("Rijk", ParticipantKind.RIJK, null));
    assertThrows(DomainException.class, () -> party.changeShare(provincie, new BigDecimal("0.01")));
    assertNull(provincie.getVotingShare());
  }

  @Test
  void aParticipantNameIsTakenWhateverItsCase() {
    Party party = new Party("Regio", LegalForm.GR_OPENBAAR_LICHAAM, "Utrecht");
    party.addParticipant("Gemeente Utrecht", ParticipantKind.GEMEENTE, new BigDecimal("10"));
    DomainException refused =
        assertThrows(
            DomainException.class,
            () ->
                party.addParticipant(
                    "  gemeente UTRECHT ", ParticipantKind.GEMEENTE, new BigDecimal("5")));
    assertEquals("verbonden.participant.nameTaken", refused.messageKey());
    assertEquals("deelnemerNaam", refused.field());
    assertEquals(List.of("Gemeente Utrecht"), names(party));
  }

  @Test
  void aParticipantNeedsANameOfAtMost200Characters() {
    Party party = new Party("Regio", LegalForm.GR_OPENBAAR_LICHAAM, "Utrecht");
    DomainException blank =
        assertThrows(
            DomainException.class,
            () -> party.addParticipant("  ", ParticipantKind.GEMEENTE, null));
    assertEquals("validation.required", blank.messageKey());
    assertEquals("deelnemerNaam", blank.field());
    DomainException tooLong =
        assertThrows(
            DomainException.class,
            () -> party.addParticipant("x".repeat(201), ParticipantKind.GEMEENTE, null));
    assertEquals("verbonden.text.tooLong", tooLong.messageKey());
    assertArrayEquals(new Object[] {200}, tooLong.arguments());
    assertTrue(party.getParticipants().isEmpty());
    assertEquals(
        200, party.addParticipant(" " + "x".repeat(200) + " ", null, null).getName().length());
  }

  @Test
  void aParticipantWithoutAKindIsOther() {
    Party party = new Party("Regio", LegalForm.GR_OPENBAAR_LICHAAM, "Utrecht");
    assertEquals(
        ParticipantKind.OVERIG, party.addParticipant("Veiligheidsberaad", null, null).getKind());
  }

  @Test
  void aRemovedParticipantNoLongerCountsInTheTotal() {
    Party party = fullParty();
    party.removeParticipant(party.getParticipants().get(0));
    assertEquals(0, new BigDecimal("60").compareTo(party.totalShare()));
    assertDoesNotThrow(
        () -> party.addParticipant("Bunnik", ParticipantKind.GEMEENTE, new BigDecimal("40")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-0.01", "-1", "12.345", "0.001", "100.01", "101"})
  void aShareBelowZeroAboveHundredOrWithThreeDecimalsIsRefused(BigDecimal share) {
    Party party = new Party("Regio", LegalForm.GR_OPENBAAR_LICHAAM, "Utrecht");
    DomainException refused =
        assertThrows(
            DomainException.class,
            () -> party.addParticipant("Utrecht", ParticipantKind.GEMEENTE, share));
    assertEquals("verbonden.percentage.range", refused.messageKey());
    assertEquals("deelnemerAandeel", refused.field());
    assertTrue(party.getParticipants().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-5", "10.005"})
  void aChangeToABadShareIsRefusedAndLeavesTheOldShare(BigDecimal share) {
    Party party = fullParty();
    Participant zeist = party.getParticipants().get(1);
    DomainException refused =
        assertThrows(DomainException.class, () -> party.changeShare(zeist, share));
    assertEquals("verbonden.percentage.range", refused.messageKey());
    assertEquals(new BigDecimal("35"), zeist.getVotingShare());
  }

  @Test
  void aShareOfZeroOrHundredWithTwoDecimalsIsAccepted() {
    Party party = new Party("Regio", LegalForm.GR_OPENBAAR_LICHAAM, "Utrecht");
    party.addParticipant("Utrecht", ParticipantKind.GEMEENTE, new BigDecimal("100.00"));
    party.addParticipant("Zeist", ParticipantKind.GEMEENTE, new BigDecimal("0.00"));
    assertEquals(2, party.getParticipants().size());
  }

  @Test
  void theParticipantsCannotBeChangedPastTheParty() {
    Party party = fullParty();
    assertThrows(UnsupportedOperationException.class, () -> party.getParticipants().clear());
  }

  // --- describe and copy
  // --------------------------------------------------------------------------------------

  @Test
  void describeListsEveryEditableFieldInOrder() {
    assertEquals(EDITABLE, new ArrayList<>(new Party().describe().keySet()));
  }

  @Test
  void everyFieldThatDescribeListsHasALabelInDutchAndEnglish() {
    for (String key : new Party().describe().keySet()) {
      assertTrue(RegisterBundles.dutch().containsKey(key), key + " in messages.properties");
      assertTrue(RegisterBundles.english().containsKey(key), key + " in messages_en.properties");
    }
  }

  /**
   * A new field of the party or its belang must show up in the history, or be named here as one a
   * person does not edit in the party form: derived (bbvGroup, verbondenPartij) or with its own
   * screen (risk, participants).
   */
  @Test
  void describeHasAKeyForEveryPersistentFieldOfThePartyAndItsBelang() {
    Set<String> notInTheForm =
        Set.of("bbvGroup", "verbondenPartij", "interest", "risk", "participants");
    Set<String> keys = new Party().describe().keySet();
    for (Field field : Party.class.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers()) && !notInTheForm.contains(field.getName())) {
        String key =
            "party." + ("policyDomains".equals(field.getName()) ? "domains" : field.getName());
        assertTrue(keys.contains(key), "Party." + field.getName() + " as " + key);
      }
    }
    for (Field field : Interest.class.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers())) {
        assertTrue(keys.contains("interest." + field.getName()), "Interest." + field.getName());
      }
    }
  }

  @Test
  void copyEditableFromCopiesEveryFieldThatDescribeLists() {
    Party edited = everythingFilledIn();
    Party stored = new Party("Oud", LegalForm.OVERIG, "Elders");
    Map<String, Object> before = stored.describe();
    for (Map.Entry<String, Object> field : edited.describe().entrySet()) {
      assertNotEquals(
          field.getValue(),
          before.get(field.getKey()),
          "test data must differ in " + field.getKey());
    }

    stored.copyEditableFrom(edited);

    assertEquals(edited.describe(), stored.describe());
    assertEquals(BbvGroup.VENNOOTSCHAPPEN_EN_COOPERATIES, stored.getBbvGroup());
  }

  @Test
  void copyEditableFromAlsoEmptiesFieldsThatWereEmptied() {
    Party stored = everythingFilledIn();
    Party edited = new Party("Afvalbedrijf", "Utrecht");
    stored.copyEditableFrom(edited);
    assertEquals(edited.describe(), stored.describe());
    assertEquals(BbvGroup.OVERIGE, stored.getBbvGroup());
  }

  // --- numbers, texts, dates
  // ----------------------------------------------------------------------------------

  @Test
  void theRegisterNumbersAreStoredWithoutSpaces() {
    Party party = new Party();
    party.setKvkNumber(" 3012 3456 ");
    party.setRsin("123 456 782");
    assertEquals("30123456", party.getKvkNumber());
    assertEquals("123456782", party.getRsin());
    party.setKvkNumber("   ");
    party.setRsin("");
    assertNull(party.getKvkNumber());
    assertNull(party.getRsin());
  }

  @Test
  void textsAreStoredStrippedAndBlankAsNothing() {
    Party party = new Party("  Afvalbedrijf  ", "   ");
    party.setPublicInterest(" Inzameling van afval. ");
    assertEquals("Afvalbedrijf", party.getName());
    assertNull(party.getSeat());
    assertEquals("Inzameling van afval.", party.getPublicInterest());
  }

  @Test
  void aPartyIsActiveUpToTheDayBeforeItsEndDate() {
    Party party = new Party("Partij", "Utrecht");
    assertTrue(party.isActiveOn(LocalDate.of(2100, 1, 1)), "without an end date");
    party.setEndDate(LocalDate.of(2026, 7, 1));
    assertTrue(party.isActiveOn(LocalDate.of(2026, 6, 30)));
    assertFalse(party.isActiveOn(LocalDate.of(2026, 7, 1)));
    assertFalse(party.isActiveOn(LocalDate.of(2026, 7, 2)));
  }

  private static Party fullParty() {
    Party party = new Party("Regio", LegalForm.GR_OPENBAAR_LICHAAM, "Utrecht");
    party.addParticipant("Utrecht", ParticipantKind.GEMEENTE, new BigDecimal("40"));
    party.addParticipant("Zeist", ParticipantKind.GEMEENTE, new BigDecimal("35"));
    party.addParticipant("Houten", ParticipantKind.GEMEENTE, new BigDecimal("25"));
    return party;
  }

  private static List<String> names(Party party) {
    return party.getParticipants().stream().map(Participant::getName).toList();
  }

  /** A party with every field of the form filled in, none of them with its default. */
  private static Party everythingFilledIn() {
    Party party = new Party("Afvalbedrijf Midden-Nederland", LegalForm.NV, "Utrecht");
    party.setKvkNumber("30123456");
    party.setRsin("123456782");
    party.setDomains(EnumSet.of(PolicyDomain.MILIEU_EN_AFVAL, PolicyDomain.ECONOMIE));
    party.setPublicInterest("Inzameling en verwerking van afval.");
    party.setStartDate(LocalDate.of(2001, 1, 1));
    party.setEndDate(LocalDate.of(2026, 12, 31));
    party.setEndReason("Verkocht");
    Interest interest = party.getInterest();
    interest.setBoardSeat(true);
    interest.setVotingRights(true);
    interest.setVotingShare(new BigDecimal("12.50"));
    interest.setGovernanceDescription("Aandeelhoudersvergadering");
    interest.setAmountAtRisk(new BigDecimal("1500000.00"));
    interest.setLiable(true);
    interest.setFinancialDescription("Aandelen en een lening");
    return party;
  }
}
