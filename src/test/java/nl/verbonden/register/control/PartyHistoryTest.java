package nl.verbonden.register.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import nl.verbonden.register.RegisterBundles;
import nl.verbonden.register.entity.BbvGroup;
import nl.verbonden.register.entity.FigureKind;
import nl.verbonden.register.entity.LegalForm;
import nl.verbonden.register.entity.MonitoringRegime;
import nl.verbonden.register.entity.ParticipantKind;
import nl.verbonden.register.entity.Party;
import nl.verbonden.register.entity.PartyChange;
import nl.verbonden.register.entity.PartyChanged;
import nl.verbonden.register.entity.PolicyDomain;
import nl.verbonden.register.entity.RelationType;
import nl.verbonden.register.entity.RiskLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The history compares a party before and after, field by field, and writes each difference in
 * Dutch.
 */
class PartyHistoryTest {

  // --- differences
  // ---------------------------------------------------------------------------------------------

  @Test
  void differencesYieldsOneLineForEachChangedFieldOnly() {
    Party party = new Party("Afvalbedrijf", LegalForm.BV, "Utrecht");
    party.getInterest().setAmountAtRisk(new BigDecimal("1000.00"));
    party.setPublicInterest("Afval");
    Map<String, Object> before = party.describe();

    party.setName("Afvalbedrijf Midden-Nederland");
    party.setLegalForm(LegalForm.NV);
    party.getInterest().setBoardSeat(true);
    party
        .getInterest()
        .setAmountAtRisk(new BigDecimal("1000")); // same amount, other scale: no change
    party.setPublicInterest(null);
    party.setStartDate(LocalDate.of(2026, 1, 5));
    Map<String, Object> after = party.describe();

    PartyChanged change = PartyHistory.differences(7L, null, before, after);
    List<PartyChanged.Line> lines = change.lines();

    assertEquals(7L, change.partyId());
    assertEquals(
        List.of(
            "party.name",
            "party.legalForm",
            "party.publicInterest",
            "party.startDate",
            "interest.boardSeat"),
        lines.stream().map(PartyChanged.Line::what).toList());
    assertLine(lines.get(0), "Afvalbedrijf", "Afvalbedrijf Midden-Nederland");
    assertLine(lines.get(1), "Besloten vennootschap (BV)", "Naamloze vennootschap (NV)");
    assertLine(lines.get(2), "Afval", null);
    assertLine(lines.get(3), null, "5-1-2026");
    assertLine(lines.get(4), "Nee", "Ja");
    for (PartyChanged.Line line : lines) {
      assertNull(line.subject());
    }
  }

  @Test
  void differencesOfEqualDescriptionsAreNone() {
    Party party = new Party("Afvalbedrijf", LegalForm.BV, "Utrecht");
    PartyChanged change = PartyHistory.differences(7L, null, party.describe(), party.describe());
    assertTrue(change.isEmpty());
    assertEquals(7L, change.partyId());
  }

  @Test
  void differencesCarryTheSubject() {
    Map<String, Object> before = new LinkedHashMap<>();
    before.put("figures.result", new BigDecimal("-100.00"));
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("figures.result", new BigDecimal("250.5"));
    List<PartyChanged.Line> lines =
        PartyHistory.differences(3L, "2026 Begroting", before, after).lines();
    assertEquals(1, lines.size());
    assertEquals("2026 Begroting", lines.get(0).subject());
    assertLine(lines.get(0), "-100", "250,50");
  }

  @Test
  void anEventIsOneLineWrittenAsTextToo() {
    PartyChanged added =
        PartyHistory.event(3L, "history.participant.added", "Zeist", null, new BigDecimal("12.5"));
    assertEquals(3L, added.partyId());
    assertEquals(1, added.lines().size());
    PartyChanged.Line line = added.lines().get(0);
    assertEquals("history.participant.added", line.what());
    assertEquals("Zeist", line.subject());
    assertLine(line, null, "12,50");
  }

  // --- text
  // ----------------------------------------------------------------------------------------------------

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t\n"})
  void nothingIsWrittenAsNull(String value) {
    assertNull(PartyHistory.text(value));
  }

  @Test
  void anEmptySetIsWrittenAsNull() {
    assertNull(PartyHistory.text(Set.of()));
  }

  @Test
  void yesAndNoComeFromTheDutchBundle() {
    assertEquals(RegisterBundles.dutch().getString("common.yes"), PartyHistory.text(true));
    assertEquals(RegisterBundles.dutch().getString("common.no"), PartyHistory.text(false));
    assertEquals("Ja", PartyHistory.text(Boolean.TRUE));
    assertEquals("Nee", PartyHistory.text(Boolean.FALSE));
  }

  @Test
  void theHistorySpeaksDutchWhateverTheLocaleOfTheServer() {
    Locale server = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      ResourceBundle.clearCache(PartyHistory.class.getClassLoader());
      assertEquals("Ja", PartyHistory.text(true));
      assertEquals("Naamloze vennootschap (NV)", PartyHistory.text(LegalForm.NV));
      assertEquals("1.234.567,50", PartyHistory.text(new BigDecimal("1234567.5")));
    } finally {
      Locale.setDefault(server);
      ResourceBundle.clearCache(PartyHistory.class.getClassLoader());
    }
  }

  @ParameterizedTest
  @CsvSource({"2026-01-05, 5-1-2026", "2026-12-31, 31-12-2026", "1999-10-01, 1-10-1999"})
  void aDateIsWrittenDayMonthYear(LocalDate date, String text) {
    assertEquals(text, PartyHistory.text(date));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1234567.5 | 1.234.567,50",
        "12 | 12",
        "12.00 | 12",
        "33.33 | 33,33",
        "0.5 | 0,50",
        "0.00 | 0",
        "-1234.56 | -1.234,56",
        "1000000 | 1.000.000",
        "9999999999999.99 | 9.999.999.999.999,99"
      })
  void anAmountHasADecimalCommaAndTwoDecimalsOrNone(BigDecimal amount, String text) {
    assertEquals(text, PartyHistory.text(amount));
  }

  @Test
  void aWholeNumberIsWrittenAsItIs() {
    assertEquals("12", PartyHistory.text(12));
    assertEquals("2026", PartyHistory.text(2026));
  }

  @Test
  void anEnumValueIsWrittenAsItsDutchLabel() {
    assertEquals("Naamloze vennootschap (NV)", PartyHistory.text(LegalForm.NV));
    assertEquals(
        "Gemeenschappelijke regelingen", PartyHistory.text(BbvGroup.GEMEENSCHAPPELIJKE_REGELINGEN));
    assertEquals("Zwaar", PartyHistory.text(MonitoringRegime.ZWAAR));
  }

  @Test
  void aSetOfPolicyDomainsIsWrittenAsItsLabelsJoinedByCommas() {
    assertEquals(
        "Sociaal domein, Veiligheid, Onderwijs",
        PartyHistory.text(
            EnumSet.of(
                PolicyDomain.ONDERWIJS, PolicyDomain.SOCIAAL_DOMEIN, PolicyDomain.VEILIGHEID)));
    assertEquals("Economie", PartyHistory.text(EnumSet.of(PolicyDomain.ECONOMIE)));
  }

  @Test
  void theKeyOfAnEnumValueIsItsTypeWithASmallFirstLetterADotAndItsName() {
    assertEquals("legalForm.NV", PartyHistory.enumKey(LegalForm.NV));
    assertEquals("policyDomain.SOCIAAL_DOMEIN", PartyHistory.enumKey(PolicyDomain.SOCIAAL_DOMEIN));
    assertEquals("monitoringRegime.LICHT", PartyHistory.enumKey(MonitoringRegime.LICHT));
  }

  @ParameterizedTest
  @ValueSource(
      classes = {
        LegalForm.class,
        BbvGroup.class,
        PolicyDomain.class,
        RiskLevel.class,
        MonitoringRegime.class,
        ParticipantKind.class,
        FigureKind.class,
        RelationType.class
      })
  void everyValueOfTheRegisterEnumsHasALabelInDutchAndEnglish(Class<? extends Enum<?>> type) {
    for (Enum<?> constant : type.getEnumConstants()) {
      String key = PartyHistory.enumKey(constant);
      assertTrue(RegisterBundles.dutch().containsKey(key), key + " in messages.properties");
      assertTrue(RegisterBundles.english().containsKey(key), key + " in messages_en.properties");
      assertEquals(RegisterBundles.dutch().getString(key), PartyHistory.text(constant), key);
    }
  }

  // --- PartyChange
  // ---------------------------------------------------------------------------------------------

  @Test
  void aValueOverThousandCharactersIsCutToThousandWithAnEllipsis() {
    String long1001 = "a".repeat(990) + "0123456789b";
    PartyChange change = new PartyChange(1L, "party.publicInterest", null, long1001, long1001);
    for (String cut : new String[] {change.getOldValue(), change.getNewValue()}) {
      assertEquals(1000, cut.length());
      assertEquals(long1001.substring(0, 999) + "…", cut);
    }
  }

  @Test
  void aValueOfThousandCharactersOrNothingIsKeptAsItIs() {
    String long1000 = "x".repeat(1000);
    PartyChange change = new PartyChange(1L, "party.publicInterest", null, null, long1000);
    assertNull(change.getOldValue());
    assertEquals(long1000, change.getNewValue());
  }

  private static void assertLine(PartyChanged.Line line, String oldValue, String newValue) {
    assertEquals(oldValue, line.oldText(), line.what() + " old");
    assertEquals(newValue, line.newText(), line.what() + " new");
  }
}
