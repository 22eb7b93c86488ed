package nl.verbonden.register.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.verbonden.register.control.PartyFilter;
import nl.verbonden.register.entity.FigureKind;
import nl.verbonden.register.entity.Participant;
import nl.verbonden.register.entity.Party;
import nl.verbonden.register.entity.PartyChange;
import nl.verbonden.register.entity.RiskAssessment;
import nl.verbonden.register.entity.RiskLevel;
import nl.verbonden.register.entity.RiskQuestion;
import nl.verbonden.register.entity.YearFigures;
import nl.verbonden.testsupport.InContainer;
import nl.verbonden.testsupport.TestData;

/**
 * What the register's integration tests share: the demo names, the service, the clock, and helpers
 * to read the history, figures, shares and search results. The in-memory database is shared by
 * every test class of a run, so each test makes its own parties, with names no other test uses, and
 * depends on no other test.
 */
abstract class RegisterFixtures extends InContainer {

  /** Passes the eleven-test: 9·1 + 8·1 + 7·1 + 6·2 + 5·2 + 4·2 + 3·3 + 2·3 − 3 = 66 = 6·11. */
  static final String VALID_RSIN = "111222333";

  /** Nine digits, but fails the eleven-test (the sum is 65). */
  static final String INVALID_RSIN = "111222334";

  @Inject PartyService parties;
  @Inject java.time.Clock clock;

  // --- Helpers
  // -----------------------------------------------------------------------------------------------------

  /**
   * What Zeist holds of the parties a forged call aims at, counted in every tenant and in Zeist's
   * whole register.
   */
  record Counts(List<Long> ofParties, List<Long> ofTenant) {

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
  static String unique(String base) {
    return base + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  static RiskAssessment answers(RiskLevel financial, RiskLevel governance) {
    RiskAssessment answers = new RiskAssessment();
    for (RiskQuestion question : RiskQuestion.values()) {
      answers.setAnswer(
          question,
          question.category() == RiskQuestion.Category.FINANCIAL ? financial : governance);
    }
    return answers;
  }

  static YearFigures withResult(YearFigures figures, String result) {
    figures.setResult(new BigDecimal(result));
    return figures;
  }

  YearFigures figuresOf(Long partyId, int year, FigureKind kind) {
    return parties.figures(partyId).stream()
        .filter(f -> f.getYear() == year && f.getKind() == kind)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no figures " + year + " " + kind));
  }

  static void assertExactEuro(String expected, BigDecimal actual) {
    assertNotNull(actual);
    assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> expected + " <> " + actual);
    assertEquals(2, actual.scale(), () -> "scale of " + actual);
  }

  static PartyFilter textFilter(String text) {
    PartyFilter filter = new PartyFilter();
    filter.setText(text);
    return filter;
  }

  static boolean anyFieldContains(Party party, String text) {
    return Stream.of(party.getName(), party.getSeat(), party.getKvkNumber(), party.getRsin())
        .anyMatch(value -> value != null && value.contains(text));
  }

  static List<PartyChange> changesExceptCreated(List<PartyChange> history) {
    return history.stream().filter(l -> !l.getFieldKey().equals("history.created")).toList();
  }

  static Set<String> keys(List<PartyChange> changes) {
    return changes.stream().map(PartyChange::getFieldKey).collect(Collectors.toSet());
  }

  /** The one line of the history with this key. */
  static PartyChange line(List<PartyChange> history, String key) {
    List<PartyChange> lines = history.stream().filter(l -> l.getFieldKey().equals(key)).toList();
    if (lines.size() != 1) {
      fail("expected one history line " + key + ", found " + lines.size() + " in " + keys(history));
    }
    return lines.get(0);
  }

  static BigDecimal totalShare(List<Participant> participants) {
    return participants.stream()
        .map(Participant::getVotingShare)
        .filter(java.util.Objects::nonNull)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  static BigDecimal share(List<Participant> participants, Long participantId) {
    return participants.stream()
        .filter(p -> p.getId().equals(participantId))
        .findFirst()
        .map(Participant::getVotingShare)
        .orElseThrow(() -> new AssertionError("no participant " + participantId));
  }

  static Set<Long> ids(List<Party> list) {
    return list.stream().map(Party::getId).collect(Collectors.toSet());
  }

  static Set<String> names(List<Party> list) {
    return list.stream().map(Party::getName).collect(Collectors.toSet());
  }

  static <T extends Throwable> T causeOf(Throwable thrown, Class<T> type) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }
}
