package nl.verbonden.register.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The municipality's belang in a party. A party is a verbonden partij only when the municipality
 * has both a bestuurlijk belang (a seat in its board or voting rights) and a financieel belang
 * (money it can lose, or liability for losses): {@link #assess()} decides, with its reasons.
 */
@Embeddable
public class Interest implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "board_seat", nullable = false)
  private boolean boardSeat;

  @Column(name = "voting_rights", nullable = false)
  private boolean votingRights;

  /** The municipality's share of the votes, in percent; only with voting rights. */
  @DecimalMin(value = "0.00", message = "{verbonden.percentage.range}")
  @DecimalMax(value = "100.00", message = "{verbonden.percentage.range}")
  @Digits(integer = 3, fraction = 2, message = "{verbonden.percentage.range}")
  @Column(name = "voting_share", precision = 5, scale = 2)
  private BigDecimal votingShare;

  @Size(max = 1000)
  @Column(name = "governance_interest", length = 1000)
  private String governanceDescription;

  /**
   * Money the municipality can lose: capital paid in, shares, loans, guarantees. Euro, exact to the
   * cent.
   */
  @DecimalMin(value = "0.00", message = "{verbonden.money.notNegative}")
  @Digits(integer = 13, fraction = 2, message = "{verbonden.money.format}")
  @Column(name = "amount_at_risk", precision = 15, scale = 2)
  private BigDecimal amountAtRisk;

  /** Whether the municipality is liable for the party's losses (e.g. a GR's participants are). */
  @Column(name = "liable", nullable = false)
  private boolean liable;

  @Size(max = 1000)
  @Column(name = "financial_interest", length = 1000)
  private String financialDescription;

  /**
   * What the municipality's belang makes of a party. Serializable: the party page keeps it in the
   * HTTP session, which a second server must be able to read (issue 21).
   */
  public record Assessment(boolean verbondenPartij, List<String> reasonKeys)
      implements Serializable {
    public Assessment {
      reasonKeys = List.copyOf(reasonKeys);
    }
  }

  public boolean hasGovernanceInterest() {
    return boardSeat || votingRights;
  }

  public boolean hasFinancialInterest() {
    return liable || (amountAtRisk != null && amountAtRisk.signum() > 0);
  }

  /**
   * Whether the party is a verbonden partij, and why (message keys, in the order the screen shows
   * them).
   */
  public Assessment assess() {
    List<String> reasons = new ArrayList<>();
    reasons.add(
        hasGovernanceInterest()
            ? "interest.reason.governance.yes"
            : "interest.reason.governance.no");
    reasons.add(
        hasFinancialInterest() ? "interest.reason.financial.yes" : "interest.reason.financial.no");
    boolean verbonden = hasGovernanceInterest() && hasFinancialInterest();
    reasons.add(verbonden ? "interest.reason.verbonden" : "interest.reason.notVerbonden");
    return new Assessment(verbonden, reasons);
  }

  /**
   * A voting share without voting rights makes no sense: the share is dropped when the rights are.
   */
  void normalise() {
    if (!votingRights) {
      votingShare = null;
    }
  }

  public boolean isBoardSeat() {
    return boardSeat;
  }

  public void setBoardSeat(boolean boardSeat) {
    this.boardSeat = boardSeat;
  }

  public boolean isVotingRights() {
    return votingRights;
  }

  public void setVotingRights(boolean votingRights) {
    this.votingRights = votingRights;
  }

  public BigDecimal getVotingShare() {
    return votingShare;
  }

  public void setVotingShare(BigDecimal votingShare) {
    this.votingShare = votingShare;
  }

  public String getGovernanceDescription() {
    return governanceDescription;
  }

  public void setGovernanceDescription(String governanceDescription) {
    this.governanceDescription = Texts.clean(governanceDescription);
  }

  public BigDecimal getAmountAtRisk() {
    return amountAtRisk;
  }

  public void setAmountAtRisk(BigDecimal amountAtRisk) {
    this.amountAtRisk = amountAtRisk;
  }

  public boolean isLiable() {
    return liable;
  }

  public void setLiable(boolean liable) {
    this.liable = liable;
  }

  public String getFinancialDescription() {
    return financialDescription;
  }

  public void setFinancialDescription(String financialDescription) {
    this.financialDescription = Texts.clean(financialDescription);
  }
}
