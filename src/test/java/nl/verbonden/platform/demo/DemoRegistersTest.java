package nl.verbonden.platform.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.verbonden.platform.demo.DemoRegisters.Register;
import nl.verbonden.register.entity.FigureKind;
import nl.verbonden.register.entity.KvkNumber;
import nl.verbonden.register.entity.MonitoringRegime;
import nl.verbonden.register.entity.Participant;
import nl.verbonden.register.entity.Party;
import nl.verbonden.register.entity.PartyRelation;
import nl.verbonden.register.entity.Rsin;
import nl.verbonden.register.entity.YearFigures;
import nl.verbonden.shared.control.ApplicationClock;
import nl.verbonden.shared.entity.TenantOwnedEntity;
import org.junit.jupiter.api.Test;

/**
 * The demo registers, read from their files without a container, as on today of the application's
 * clock (verbonden.clock moves it): realistic, consistent and within the register's rules.
 */
class DemoRegistersTest {

  private static final String ZEIST_ONLY = "Coöperatie ParkeerService";

  /** Today on the application's clock: moved by verbonden.clock, as the demo's dates are. */
  private static final LocalDate TODAY = LocalDate.now(ApplicationClock.fromSystem());

  private final Register woudenberg = DemoRegisters.read("woudenberg", "Woudenberg", TODAY);
  private final Register zeist = DemoRegisters.read("zeist", "Zeist", TODAY);
  private final List<Register> both = List.of(woudenberg, zeist);

  @Test
  void woudenbergHasVerbondenPartijenAndOtherPartners() {
    List<Party> parties = woudenberg.parties();
    assertTrue(parties.size() >= 10, "parties: " + parties.size());
    assertTrue(parties.stream().filter(Party::isVerbondenPartij).count() >= 8);
    assertTrue(parties.stream().anyMatch(p -> !p.isVerbondenPartij()));
  }

  @Test
  void woudenbergHasTheArrangementsItTakesPartInAndTheCompanies() {
    for (String name :
        List.of(
            "Afvalverwijdering Utrecht (AVU)",
            "GGD regio Utrecht",
            "Recreatieschap Utrechtse Heuvelrug, Vallei- en Kromme Rijngebied",
            "Regionaal Sociaal Werkvoorzieningschap Amersfoort e.o. (RWA)",
            "Regionale Uitvoeringsdienst (RUD) Utrecht",
            "Veiligheidsregio Utrecht",
            "Welstand en Monumenten Midden-Nederland",
            "N.V. Bank Nederlandse Gemeenten (BNG Bank)",
            "Vitens N.V.",
            "Stedin Holding N.V.")) {
      Party party =
          woudenberg.party(name).orElseThrow(() -> new AssertionError("missing: " + name));
      assertTrue(party.isVerbondenPartij(), name);
    }
    assertFalse(woudenberg.party("Stichting Welzijn Woudenberg").orElseThrow().isVerbondenPartij());
  }

  @Test
  void zeistKeepsItsParties() {
    for (String name :
        List.of(
            "Afvalverwijdering Utrecht (AVU)",
            "Belastingsamenwerking Gemeenten en Hoogheemraadschap Utrecht (BGHU)",
            ZEIST_ONLY,
            "Omgevingsdienst Regio Utrecht (ODRU)",
            "Regionale Dienst Werk en Inkomen Kromme Rijn Heuvelrug (RDWI)",
            "Veiligheidsregio Utrecht")) {
      assertTrue(zeist.party(name).isPresent(), "missing: " + name);
    }
  }

  @Test
  void theCooperativeIsOnlyInZeist() {
    assertTrue(zeist.party(ZEIST_ONLY).isPresent());
    assertTrue(
        woudenberg.parties().stream().noneMatch(p -> p.getName().equalsIgnoreCase(ZEIST_ONLY)));
  }

  @Test
  void namesAreUniquePerTenant() {
    for (Register register : both) {
      Set<String> names = new HashSet<>();
      for (Party party : register.parties()) {
        assertTrue(
            names.add(party.getName().toLowerCase(Locale.ROOT)), "twice: " + party.getName());
      }
    }
  }

  @Test
  void everyPartyIsFilledIn() {
    for (Register register : both) {
      for (Party party : register.parties()) {
        String name = party.getName();
        assertNotNull(party.getSeat(), name);
        assertFalse(party.getDomains().isEmpty(), name);
        assertNotNull(party.getPublicInterest(), name);
        assertNotNull(party.getStartDate(), name);
        assertNotNull(party.getInterest().getGovernanceDescription(), name);
        assertNotNull(party.getInterest().getFinancialDescription(), name);
        assertSame(party.getLegalForm().group(), party.getBbvGroup(), name);
      }
    }
  }

  @Test
  void everyRsinPassesTheElevenTestAndEveryKvkNumberHasEightDigits() {
    for (Register register : both) {
      for (Party party : register.parties()) {
        assertTrue(Rsin.isValid(party.getRsin()), party.getName() + ": " + party.getRsin());
        assertTrue(
            KvkNumber.isValid(party.getKvkNumber()), party.getName() + ": " + party.getKvkNumber());
        assertTrue(party.getKvkNumber().matches("\\d{8}"), party.getName());
      }
    }
  }

  @Test
  void anOrganisationHasTheSameNumbersInBothRegisters() {
    for (Party inZeist : zeist.parties()) {
      woudenberg
          .party(inZeist.getName())
          .ifPresent(
              inWoudenberg -> {
                assertEquals(inZeist.getKvkNumber(), inWoudenberg.getKvkNumber());
                assertEquals(inZeist.getRsin(), inWoudenberg.getRsin());
              });
    }
    Set<String> rsins = new HashSet<>();
    for (Party party : woudenberg.parties()) {
      assertTrue(rsins.add(party.getRsin()), "RSIN used twice: " + party.getRsin());
    }
  }

  @Test
  void participantSharesAddUpToAtMostHundredAndIncludeTheMunicipality() {
    assertParticipants(woudenberg, "Woudenberg");
    assertParticipants(zeist, "Zeist");
  }

  private static void assertParticipants(Register register, String municipality) {
    for (Party party : register.parties()) {
      assertTrue(party.totalShare().compareTo(new BigDecimal("100")) <= 0, party.getName());
      for (Participant participant : party.getParticipants()) {
        assertTrue(participant.getVotingShare().scale() <= 2, participant.toString());
      }
      if (party.getLegalForm().isJointArrangement()) {
        Participant own =
            party.getParticipants().stream()
                .filter(p -> p.getName().equals(municipality))
                .findFirst()
                .orElseThrow(() -> new AssertionError(municipality + " not in " + party.getName()));
        assertEquals(own.getVotingShare(), party.getInterest().getVotingShare(), party.getName());
        assertTrue(party.getInterest().isLiable(), party.getName());
      }
    }
  }

  @Test
  void theArrangementsHaveTheirParticipantsOf2016() {
    Party rwa =
        woudenberg
            .party("Regionaal Sociaal Werkvoorzieningschap Amersfoort e.o. (RWA)")
            .orElseThrow();
    assertEquals(
        Set.of("Amersfoort", "Baarn", "Bunschoten", "Leusden", "Soest", "Woudenberg"),
        rwa.getParticipants().stream().map(Participant::getName).collect(Collectors.toSet()));
    assertEquals(
        26, woudenberg.party("Veiligheidsregio Utrecht").orElseThrow().getParticipants().size());
  }

  @Test
  void everyVerbondenPartijHasTwoAnnualAccountsAndABudget() {
    for (Register register : both) {
      for (Party party : register.parties()) {
        List<YearFigures> own = figuresOf(register, party);
        if (!party.isVerbondenPartij()) {
          assertTrue(own.isEmpty(), party.getName());
          continue;
        }
        Map<Integer, FigureKind> kinds =
            own.stream().collect(Collectors.toMap(YearFigures::getYear, YearFigures::getKind));
        int year = TODAY.getYear();
        assertEquals(
            Map.of(
                year - 2,
                FigureKind.JAARREKENING,
                year - 1,
                FigureKind.JAARREKENING,
                year,
                FigureKind.BEGROTING),
            kinds,
            party.getName());
      }
    }
  }

  @Test
  void figuresAreExactAndConsistent() {
    for (Register register : both) {
      for (Party party : register.parties()) {
        List<YearFigures> own = figuresOf(register, party);
        for (YearFigures f : own) {
          for (BigDecimal amount :
              List.of(
                  f.getEquityStart(),
                  f.getEquityEnd(),
                  f.getLiabilitiesStart(),
                  f.getLiabilitiesEnd(),
                  f.getResult(),
                  f.getContribution(),
                  f.getInterestStart(),
                  f.getInterestEnd())) {
            assertEquals(2, amount.scale(), party.getName() + " " + f.getYear());
            assertTrue(amount.precision() <= 15, party.getName() + " " + f.getYear());
          }
        }
        for (int i = 1; i < own.size(); i++) {
          YearFigures before = own.get(i - 1);
          YearFigures after = own.get(i);
          assertEquals(before.getYear() + 1, after.getYear());
          assertEquals(
              before.getEquityEnd(),
              after.getEquityStart(),
              party.getName() + " " + after.getYear());
          assertEquals(before.getLiabilitiesEnd(), after.getLiabilitiesStart(), party.getName());
          assertEquals(before.getInterestEnd(), after.getInterestStart(), party.getName());
        }
        if (party.isVerbondenPartij()) {
          assertEquals(2, party.getInterest().getAmountAtRisk().scale(), party.getName());
          assertTrue(party.getInterest().getAmountAtRisk().signum() > 0, party.getName());
        }
      }
    }
  }

  @Test
  void everyVerbondenPartijIsAssessedWithAMixOfRegimes() {
    Set<MonitoringRegime> regimes = EnumSet.noneOf(MonitoringRegime.class);
    for (Register register : both) {
      for (Party party : register.parties()) {
        if (party.isVerbondenPartij()) {
          assertTrue(party.getRisk().isAssessed(), party.getName());
          assertFalse(party.getRisk().getAssessedOn().isAfter(TODAY), party.getName());
          regimes.add(party.getRisk().getRegime());
        }
      }
    }
    assertEquals(EnumSet.allOf(MonitoringRegime.class), regimes);
  }

  @Test
  void someReassessmentsAreOverdue() {
    for (Register register : both) {
      assertTrue(register.parties().stream().anyMatch(p -> p.getRisk().isOverdue(TODAY)));
      assertTrue(
          register.parties().stream()
              .anyMatch(p -> p.isVerbondenPartij() && !p.getRisk().isOverdue(TODAY)));
    }
  }

  @Test
  void relationsJoinPartiesOfTheSameRegister() {
    for (Register register : both) {
      assertFalse(register.relations().isEmpty());
      for (PartyRelation relation : register.relations()) {
        assertTrue(register.parties().contains(relation.getParty()));
        assertTrue(register.parties().contains(relation.getRelated()));
        assertNotNull(relation.getSince());
      }
    }
  }

  @Test
  void partiesComeFirstInTheOrderOfSaving() {
    for (Register register : both) {
      List<TenantOwnedEntity> entities = register.entities();
      int firstOther = register.parties().size();
      assertTrue(entities.subList(0, firstOther).stream().allMatch(Party.class::isInstance));
      assertTrue(
          entities.subList(firstOther, entities.size()).stream()
              .noneMatch(Party.class::isInstance));
    }
  }

  @Test
  void textsFitTheirColumns() {
    for (Register register : both) {
      for (Party party : register.parties()) {
        assertTrue(party.getName().length() <= 200, party.getName());
        assertTrue(party.getSeat().length() <= 100, party.getName());
        assertTrue(party.getPublicInterest().length() <= 2000, party.getName());
        assertTrue(
            party.getInterest().getGovernanceDescription().length() <= 1000, party.getName());
        assertTrue(party.getInterest().getFinancialDescription().length() <= 1000, party.getName());
        String notes = party.getRisk().getNotes();
        assertTrue(notes == null || notes.length() <= 2000, party.getName());
      }
      for (PartyRelation relation : register.relations()) {
        assertTrue(relation.getNote() == null || relation.getNote().length() <= 500);
      }
    }
  }

  @Test
  void theSameDataOnEveryStart() {
    Register again = DemoRegisters.read("woudenberg", "Woudenberg", TODAY);
    assertEquals(describe(woudenberg), describe(again));
  }

  @Test
  void theAmountAtRiskOfAJointArrangementIsItsBelangAtTheEndOfTheLastAnnualAccounts() {
    int checked = 0;
    for (Register register : both) {
      for (Party party : register.parties()) {
        if (!party.getLegalForm().isJointArrangement()) {
          continue;
        }
        YearFigures lastAccounts =
            figuresOf(register, party).stream()
                .filter(f -> f.getKind() == FigureKind.JAARREKENING)
                .reduce((first, second) -> second)
                .orElseThrow();
        assertEquals(
            lastAccounts.getInterestEnd().max(BigDecimal.ZERO.setScale(2)),
            party.getInterest().getAmountAtRisk(),
            party.getName());
        checked++;
      }
    }
    assertTrue(checked >= 10, "joint arrangements: " + checked);
  }

  @Test
  void theRisksAreAssessedRelativeToToday() {
    Register yearLater = DemoRegisters.read("woudenberg", "Woudenberg", TODAY.plusYears(1));
    for (Party party : woudenberg.parties()) {
      if (party.getRisk().isAssessed()) {
        LocalDate assessed = party.getRisk().getAssessedOn();
        LocalDate later = yearLater.require(party.getName()).getRisk().getAssessedOn();
        // a year later, give or take the days months and leap years add or drop
        long days = java.time.temporal.ChronoUnit.DAYS.between(assessed.plusYears(1), later);
        assertTrue(Math.abs(days) <= 3, party.getName() + ": " + assessed + ", " + later);
      }
    }
  }

  private static List<String> describe(Register register) {
    return register.parties().stream()
        .map(p -> p.describe() + " " + p.getParticipants() + " " + p.getRisk().answers())
        .toList();
  }

  private static List<YearFigures> figuresOf(Register register, Party party) {
    return register.figures().stream()
        .filter(f -> f.getParty() == party)
        .sorted((a, b) -> Integer.compare(a.getYear(), b.getYear()))
        .toList();
  }
}
