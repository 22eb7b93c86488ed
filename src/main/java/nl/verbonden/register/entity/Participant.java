package nl.verbonden.register.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * A deelnemer of a joint arrangement (or a shareholder of a company): a municipality, province,
 * water board or other body, with its share of the votes. The shares of all participants of a party
 * together are at most 100 %; {@link Party#addParticipant} and {@link Party#changeShare} keep to
 * that.
 */
@Entity
@Table(name = "participant")
public class Participant extends TenantOwnedEntity {

  private static final long serialVersionUID = 1L;
  static final BigDecimal HUNDRED = new BigDecimal("100");

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "party_id", nullable = false)
  private Party party;

  @NotBlank
  @Size(max = 200)
  @Column(nullable = false, length = 200)
  private String name;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ParticipantKind kind;

  @DecimalMin(value = "0.00", message = "{verbonden.percentage.range}")
  @DecimalMax(value = "100.00", message = "{verbonden.percentage.range}")
  @Digits(integer = 3, fraction = 2, message = "{verbonden.percentage.range}")
  @Column(name = "voting_share", precision = 5, scale = 2)
  private BigDecimal votingShare;

  protected Participant() {}

  Participant(Party party, String name, ParticipantKind kind, BigDecimal votingShare) {
    if (name == null || name.isBlank()) {
      throw new DomainException("validation.required", "deelnemerNaam");
    }
    if (name.strip().length() > 200) {
      throw new DomainException("verbonden.text.tooLong", "deelnemerNaam", 200);
    }
    this.party = party;
    this.name = name.strip();
    this.kind = kind == null ? ParticipantKind.OVERIG : kind;
    setVotingShare(votingShare);
  }

  public Party getParty() {
    return party;
  }

  public String getName() {
    return name;
  }

  public ParticipantKind getKind() {
    return kind;
  }

  public BigDecimal getVotingShare() {
    return votingShare;
  }

  /**
   * Between 0 and 100 %, in hundredths. Only {@link Party} changes it, so that the total is
   * checked.
   */
  void setVotingShare(BigDecimal share) {
    if (share != null
        && (share.signum() < 0 || share.compareTo(HUNDRED) > 0 || Math.max(share.scale(), 0) > 2)) {
      throw new DomainException("verbonden.percentage.range", "deelnemerAandeel");
    }
    this.votingShare = share;
  }

  @Override
  public String toString() {
    return name
        + (votingShare == null
            ? ""
            : " (" + votingShare.stripTrailingZeros().toPlainString() + " %)");
  }
}
