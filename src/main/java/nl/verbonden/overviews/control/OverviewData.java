package nl.verbonden.overviews.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything a governance overview prints, frozen at generation: Dutch texts and exact amounts, no
 * entities. Published as JSON (its SHA-256 is printed in the PDF's footer), so that the published
 * document can be proven to come from exactly these data, whatever changes in the register later.
 */
public record OverviewData(
    String tenantCode,
    String municipality,
    int year,
    String generatedOn,
    Summary summary,
    List<GroupSection> groups,
    List<QuadrantRow> quadrants,
    List<RoleRow> roles,
    List<String> conflicts,
    List<String> gaps,
    List<AgreementRow> agreements,
    List<ZienswijzeEntry> zienswijzen)
    implements java.io.Serializable {

  /**
   * A zienswijze received in the year, as the council reads it: what it was about, the deadline and
   * the last council meeting in time, what the council proposed and decided, and the bestuur's
   * answer.
   */
  public record ZienswijzeEntry(
      String party,
      String subject,
      String title,
      String received,
      String deadline,
      String councilMeeting,
      String status,
      String proposal,
      String proposalText,
      String decided,
      String sent,
      String answer,
      boolean escalatedToGs)
      implements java.io.Serializable {}

  /** A label with a number, e.g. a BBV group and its number of parties. */
  public record Count(String label, long count) implements java.io.Serializable {}

  public record Summary(
      List<Count> partiesPerGroup,
      BigDecimal totalFinancialInterest,
      List<Count> partiesPerRegime,
      int roleConflicts,
      int openEscalations,
      int agreementsInRed)
      implements java.io.Serializable {}

  public record GroupSection(String group, List<PartyEntry> parties)
      implements java.io.Serializable {}

  /** One verbonden partij as the paragraaf verbonden partijen reports it (BBV art. 15). */
  public record PartyEntry(
      String name,
      String seat,
      String legalForm,
      String publicInterest,
      String governanceInterest,
      String financialInterest,
      String figuresSource,
      BigDecimal interestStart,
      BigDecimal interestEnd,
      BigDecimal equityStart,
      BigDecimal equityEnd,
      BigDecimal liabilitiesStart,
      BigDecimal liabilitiesEnd,
      BigDecimal result,
      String risks,
      String regime)
      implements java.io.Serializable {}

  /**
   * @param model the steering model now (recorded, else the quadrant's)
   * @param targetModel the steering model to move to, empty when none (issue 17)
   */
  public record QuadrantRow(
      String party,
      String quadrant,
      String model,
      String target,
      String placement,
      String targetModel)
      implements java.io.Serializable {}

  public record RoleRow(
      String party,
      String opdrachtgever,
      String eigenaar,
      String opdrachtnemer,
      String uitvoerder,
      boolean conflict)
      implements java.io.Serializable {}

  public record AgreementRow(
      String title,
      String party,
      String light,
      List<IndicatorRow> indicators,
      List<String> openEscalations)
      implements java.io.Serializable {}

  public record IndicatorRow(String name, String light, String latest)
      implements java.io.Serializable {}
}
