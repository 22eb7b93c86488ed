package nl.verbonden.register.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.verbonden.register.entity.RegisterNumbers.ValidKvk;
import nl.verbonden.register.entity.RegisterNumbers.ValidRsin;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * An organisation the municipality works with: a verbonden partij (joint arrangement, company,
 * foundation) or another partner, with what the paragraaf verbonden partijen (BBV art. 15) asks of
 * it. Belongs to one tenant. A party that the municipality leaves gets an end date; it is never
 * deleted.
 */
@Entity
@Table(name = "party")
@NamedQuery(name = Party.ALL, query = "select p from Party p order by lower(p.name), p.name")
@NamedQuery(name = Party.COUNT, query = "select count(p) from Party p")
@NamedQuery(
    name = Party.BY_NAME,
    query = "select p from Party p where lower(p.name) = lower(:name) and p.id <> :id")
@NamedQuery(
    name = Party.CHOICES,
    query =
        "select new nl.verbonden.register.entity.PartyRef(p.id, p.name) from Party p order by lower(p.name), p.name")
public class Party extends TenantOwnedEntity {

  private static final long serialVersionUID = 1L;
  public static final String ALL = "Party.all";
  public static final String COUNT = "Party.count";
  public static final String BY_NAME = "Party.byName";
  public static final String CHOICES = "Party.choices";

  @NotBlank
  @Size(max = 200)
  @Column(nullable = false, length = 200)
  private String name;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "legal_form", nullable = false, length = 40)
  private LegalForm legalForm = LegalForm.OVERIG;

  /** Stored with the legal form, so that the register can be filtered and sorted by it. */
  @Enumerated(EnumType.STRING)
  @Column(name = "bbv_group", nullable = false, length = 40)
  private BbvGroup bbvGroup = BbvGroup.OVERIGE;

  @ValidKvk
  @Column(name = "kvk_number", length = 8)
  private String kvkNumber;

  @ValidRsin
  @Column(name = "rsin", length = 9)
  private String rsin;

  @Size(max = 100)
  @Column(length = 100)
  private String seat;

  /** The policy domains as stored codes, see {@link PolicyDomain#toCodes}. */
  @Column(name = "policy_domains", length = 400)
  private String policyDomains;

  @Size(max = 2000)
  @Column(name = "public_interest", length = 2000)
  private String publicInterest;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @Size(max = 1000)
  @Column(name = "end_reason", length = 1000)
  private String endReason;

  @Valid @Embedded private Interest interest = new Interest();

  /**
   * Stored with the belang, so that the register can be filtered on it; {@link Interest#assess()}
   * decides.
   */
  @Column(name = "verbonden_partij", nullable = false)
  private boolean verbondenPartij;

  @Valid @Embedded private RiskAssessment risk = new RiskAssessment();

  @OneToMany(mappedBy = "party", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("name")
  private List<Participant> participants = new ArrayList<>();

  /** A new party, to be filled in by a form. */
  public Party() {}

  public Party(String name, String seat) {
    setName(name);
    setSeat(seat);
  }

  public Party(String name, LegalForm legalForm, String seat) {
    this(name, seat);
    setLegalForm(legalForm);
  }

  /** Whether the municipality still takes part on the given day. */
  public boolean isActiveOn(LocalDate day) {
    return endDate == null || endDate.isAfter(day);
  }

  public Interest.Assessment interestAssessment() {
    return interest.assess();
  }

  /**
   * Checks the rules that span fields and derives what is stored for filtering. Services call it
   * before they save.
   *
   * @throws DomainException when the end date lies before the start date
   */
  public void checkAndDerive() {
    if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
      throw new DomainException("verbonden.party.endBeforeStart", "einddatum");
    }
    if (endDate == null) {
      endReason = null;
    }
    interest.normalise();
    bbvGroup = legalForm.group();
    verbondenPartij = interest.assess().verbondenPartij();
  }

  /**
   * Adds a participant of this (joint) arrangement.
   *
   * @throws DomainException when a participant of that name exists or the voting shares would
   *     exceed 100 %
   */
  public Participant addParticipant(
      String participantName, ParticipantKind kind, BigDecimal votingShare) {
    Participant participant = new Participant(this, participantName, kind, votingShare);
    boolean taken =
        participants.stream().anyMatch(p -> p.getName().equalsIgnoreCase(participant.getName()));
    if (taken) {
      throw new DomainException(
          "verbonden.participant.nameTaken", "deelnemerNaam", participant.getName());
    }
    checkShares(participant, participant.getVotingShare());
    participants.add(participant);
    return participant;
  }

  /**
   * Changes a participant's voting share.
   *
   * @throws DomainException when the voting shares would exceed 100 %
   */
  public void changeShare(Participant participant, BigDecimal votingShare) {
    checkShares(participant, votingShare);
    participant.setVotingShare(votingShare);
  }

  public void removeParticipant(Participant participant) {
    participants.remove(participant);
  }

  /** The voting shares of all participants together, in percent. */
  public BigDecimal totalShare() {
    return sumShares(null, null);
  }

  private void checkShares(Participant changed, BigDecimal newShare) {
    BigDecimal total = sumShares(changed, newShare);
    if (total.compareTo(Participant.HUNDRED) > 0) {
      throw new DomainException(
          "verbonden.participant.sharesOver100",
          "deelnemerAandeel",
          total.stripTrailingZeros().toPlainString());
    }
  }

  private BigDecimal sumShares(Participant changed, BigDecimal newShare) {
    BigDecimal total = BigDecimal.ZERO;
    for (Participant p : participants) {
      if (p != changed && p.getVotingShare() != null) {
        total = total.add(p.getVotingShare());
      }
    }
    return changed != null && newShare != null ? total.add(newShare) : total;
  }

  /**
   * The fields a person edits, labelled by message key, as shown in the history: what {@link
   * PartyHistory} compares before and after an edit.
   */
  public Map<String, Object> describe() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("party.name", name);
    fields.put("party.legalForm", legalForm);
    fields.put("party.kvkNumber", kvkNumber);
    fields.put("party.rsin", rsin);
    fields.put("party.seat", seat);
    fields.put("party.domains", getDomains());
    fields.put("party.publicInterest", publicInterest);
    fields.put("party.startDate", startDate);
    fields.put("party.endDate", endDate);
    fields.put("party.endReason", endReason);
    fields.put("interest.boardSeat", interest.isBoardSeat());
    fields.put("interest.votingRights", interest.isVotingRights());
    fields.put("interest.votingShare", interest.getVotingShare());
    fields.put("interest.governanceDescription", interest.getGovernanceDescription());
    fields.put("interest.amountAtRisk", interest.getAmountAtRisk());
    fields.put("interest.liable", interest.isLiable());
    fields.put("interest.financialDescription", interest.getFinancialDescription());
    return fields;
  }

  /** Copies what a person edits in the party form from an edited copy. */
  public void copyEditableFrom(Party edited) {
    setName(edited.name);
    setLegalForm(edited.legalForm);
    setKvkNumber(edited.kvkNumber);
    setRsin(edited.rsin);
    setSeat(edited.seat);
    this.policyDomains = edited.policyDomains;
    setPublicInterest(edited.publicInterest);
    setStartDate(edited.startDate);
    setEndDate(edited.endDate);
    setEndReason(edited.endReason);
    Interest from = edited.interest;
    interest.setBoardSeat(from.isBoardSeat());
    interest.setVotingRights(from.isVotingRights());
    interest.setVotingShare(from.getVotingShare());
    interest.setGovernanceDescription(from.getGovernanceDescription());
    interest.setAmountAtRisk(from.getAmountAtRisk());
    interest.setLiable(from.isLiable());
    interest.setFinancialDescription(from.getFinancialDescription());
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name == null ? null : name.strip();
  }

  public LegalForm getLegalForm() {
    return legalForm;
  }

  public void setLegalForm(LegalForm legalForm) {
    this.legalForm = legalForm;
    if (legalForm != null) {
      this.bbvGroup = legalForm.group();
    }
  }

  public BbvGroup getBbvGroup() {
    return bbvGroup;
  }

  public String getKvkNumber() {
    return kvkNumber;
  }

  public void setKvkNumber(String kvkNumber) {
    this.kvkNumber = Texts.clean(KvkNumber.normalise(kvkNumber));
  }

  public String getRsin() {
    return rsin;
  }

  public void setRsin(String rsin) {
    this.rsin = Texts.clean(Rsin.normalise(rsin));
  }

  public String getSeat() {
    return seat;
  }

  public void setSeat(String seat) {
    this.seat = Texts.clean(seat);
  }

  public Set<PolicyDomain> getDomains() {
    return PolicyDomain.fromCodes(policyDomains);
  }

  public void setDomains(Set<PolicyDomain> domains) {
    this.policyDomains = PolicyDomain.toCodes(domains);
  }

  /** For a multiple-choice component that works on lists. */
  public List<PolicyDomain> getDomainList() {
    return new ArrayList<>(getDomains());
  }

  public void setDomainList(List<PolicyDomain> domains) {
    setDomains(domains == null || domains.isEmpty() ? Set.of() : Set.copyOf(domains));
  }

  public String getPublicInterest() {
    return publicInterest;
  }

  public void setPublicInterest(String publicInterest) {
    this.publicInterest = Texts.clean(publicInterest);
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public void setEndDate(LocalDate endDate) {
    this.endDate = endDate;
  }

  public String getEndReason() {
    return endReason;
  }

  public void setEndReason(String endReason) {
    this.endReason = Texts.clean(endReason);
  }

  public Interest getInterest() {
    return interest;
  }

  public boolean isVerbondenPartij() {
    return verbondenPartij;
  }

  /** The latest risk assessment (empty when none was made yet). */
  public RiskAssessment getRisk() {
    return risk == null ? new RiskAssessment() : risk;
  }

  /** Records a new, complete risk assessment; the previous one lives on in the history. */
  public void assessRisk(RiskAssessment assessment) {
    this.risk = Objects.requireNonNull(assessment);
  }

  public List<Participant> getParticipants() {
    return Collections.unmodifiableList(participants);
  }
}
