package nl.verbonden.cycle.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.verbonden.register.entity.Party;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * A zienswijze dossier: a document of a joint arrangement that asks the council for its view (an
 * ontwerpbegroting, a begrotingswijziging or a draft change of the regeling), walked from received
 * through the raadsvoorstel and the council's decision to sending it and the bestuur's written
 * answer. Each step is kept ({@link ZienswijzeStep}); the deadline follows from the {@link
 * WgrCalendar}. Plain Java rules; every refusal names the field.
 */
@Entity
@Table(name = "zienswijze")
@NamedQuery(
    name = Zienswijze.OF_PARTY,
    query = "select z from Zienswijze z where z.party.id = :party order by z.receivedOn desc")
@NamedQuery(
    name = Zienswijze.RECEIVED_BETWEEN,
    query =
        "select z from Zienswijze z join fetch z.party"
            + " where z.receivedOn >= :from and z.receivedOn <= :to order by z.receivedOn")
@NamedQuery(
    name = Zienswijze.IN_STATUS,
    query =
        "select z from Zienswijze z join fetch z.party where z.status in :statuses"
            + " order by z.receivedOn")
public class Zienswijze extends TenantOwnedEntity {

  private static final long serialVersionUID = 1L;
  public static final String OF_PARTY = "Zienswijze.ofParty";
  public static final String RECEIVED_BETWEEN = "Zienswijze.receivedBetween";
  public static final String IN_STATUS = "Zienswijze.inStatus";
  public static final int MAX_TITLE = 200;
  public static final int MAX_DOCUMENTS = 2000;
  public static final int MAX_TEXT = 4000;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "party_id", nullable = false, updatable = false)
  private Party party;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject", nullable = false, updatable = false, length = 30)
  private ZienswijzeSubject subject;

  @Column(name = "title", nullable = false, length = MAX_TITLE)
  private String title;

  @Column(name = "received_on", nullable = false)
  private LocalDate receivedOn;

  @Column(name = "deciding_meeting")
  private LocalDate decidingMeeting;

  @Column(name = "documents", length = MAX_DOCUMENTS)
  private String documents;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private ZienswijzeStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "proposal", length = 20)
  private ZienswijzeProposal proposal;

  @Column(name = "proposal_text", length = MAX_TEXT)
  private String proposalText;

  @Column(name = "council_decided_on")
  private LocalDate councilDecidedOn;

  @Column(name = "sent_on")
  private LocalDate sentOn;

  @Column(name = "answered_on")
  private LocalDate answeredOn;

  @Column(name = "answer_text", length = MAX_TEXT)
  private String answerText;

  @Column(name = "escalated_to_gs", nullable = false)
  private boolean escalatedToGs;

  @OneToMany(mappedBy = "zienswijze", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<ZienswijzeStep> steps = new ArrayList<>();

  protected Zienswijze() {}

  /**
   * A document that asks for a zienswijze arrived.
   *
   * @throws DomainException at the field that is wrong: no subject or title, a title too long, no
   *     date of receipt or one after today, a deciding meeting before receipt
   */
  public static Zienswijze receive(
      Party party,
      ZienswijzeSubject subject,
      String title,
      LocalDate receivedOn,
      LocalDate decidingMeeting,
      String documents,
      LocalDate today) {
    if (subject == null) {
      throw new DomainException("zienswijze.subject.required", "onderwerp");
    }
    Zienswijze z = new Zienswijze();
    z.party = party;
    z.subject = subject;
    z.title = required(title, MAX_TITLE, "titel");
    z.receivedOn = notAfter(requiredDate(receivedOn, "ontvangen"), today, "ontvangen");
    if (decidingMeeting != null && decidingMeeting.isBefore(receivedOn)) {
      throw new DomainException("zienswijze.meeting.beforeReceipt", "vergadering");
    }
    z.decidingMeeting = decidingMeeting;
    z.documents = optional(documents, MAX_DOCUMENTS, "stukken");
    z.status = ZienswijzeStatus.ONTVANGEN;
    z.steps.add(new ZienswijzeStep(z, ZienswijzeStatus.ONTVANGEN, receivedOn, z.title));
    return z;
  }

  /**
   * The raadsvoorstel: what the council is proposed to say. May be drafted again until the council
   * decides.
   *
   * @throws DomainException when the council already decided, no proposal is chosen, or remarks or
   *     a negative view come without their text
   */
  public void propose(ZienswijzeProposal proposal, String text, LocalDate today) {
    if (!status.awaitsCouncil()) {
      throw new DomainException("zienswijze.step.order", "voorstel");
    }
    if (proposal == null) {
      throw new DomainException("zienswijze.proposal.required", "voorstel");
    }
    String cleaned = optional(text, MAX_TEXT, "voorsteltekst");
    if (cleaned == null && proposal != ZienswijzeProposal.GEEN_ZIENSWIJZE) {
      throw new DomainException("zienswijze.proposal.text", "voorsteltekst");
    }
    this.proposal = proposal;
    this.proposalText = cleaned;
    step(ZienswijzeStatus.VOORSTEL, today, cleaned);
  }

  /**
   * The council decided on the proposal.
   *
   * @throws DomainException when there is no proposal yet, or the date is before receipt or after
   *     today
   */
  public void decide(LocalDate on, LocalDate today) {
    if (status != ZienswijzeStatus.VOORSTEL) {
      throw new DomainException("zienswijze.step.order", "besloten");
    }
    LocalDate day = notAfter(requiredDate(on, "besloten"), today, "besloten");
    if (day.isBefore(receivedOn)) {
      throw new DomainException("zienswijze.date.beforeReceipt", "besloten");
    }
    this.councilDecidedOn = day;
    step(ZienswijzeStatus.BESLOTEN, day, null);
  }

  /**
   * The zienswijze was sent to the bestuur. Not for a decision to give none.
   *
   * @throws DomainException when the council has not decided, decided to give none, or the date is
   *     before the decision or after today
   */
  public void send(LocalDate on, LocalDate today) {
    if (status != ZienswijzeStatus.BESLOTEN || proposal == ZienswijzeProposal.GEEN_ZIENSWIJZE) {
      throw new DomainException("zienswijze.step.order", "verzonden");
    }
    LocalDate day = notAfter(requiredDate(on, "verzonden"), today, "verzonden");
    if (day.isBefore(councilDecidedOn)) {
      throw new DomainException("zienswijze.date.beforeDecision", "verzonden");
    }
    this.sentOn = day;
    step(ZienswijzeStatus.VERZONDEN, day, null);
  }

  /**
   * The bestuur answered in writing; the municipality may take the matter to Gedeputeerde Staten.
   *
   * @throws DomainException when nothing was sent yet, the answer has no text, or the date is
   *     before sending or after today
   */
  public void answer(LocalDate on, String text, boolean escalateToGs, LocalDate today) {
    if (status != ZienswijzeStatus.VERZONDEN) {
      throw new DomainException("zienswijze.step.order", "beantwoord");
    }
    LocalDate day = notAfter(requiredDate(on, "beantwoord"), today, "beantwoord");
    if (day.isBefore(sentOn)) {
      throw new DomainException("zienswijze.date.beforeSending", "beantwoord");
    }
    this.answerText = required(text, MAX_TEXT, "antwoord");
    this.answeredOn = day;
    this.escalatedToGs = escalateToGs;
    step(ZienswijzeStatus.BEANTWOORD, day, answerText);
  }

  /** The deadline of this zienswijze and the last council meeting that can decide in time. */
  public Deadline deadline(List<LocalDate> councilMeetings) {
    Deadline d =
        WgrCalendar.zienswijze(subject.rule(), receivedOn, decidingMeeting, councilMeetings);
    LocalDate done = proposal == ZienswijzeProposal.GEEN_ZIENSWIJZE ? councilDecidedOn : sentOn;
    return new Deadline(d.rule(), d.due(), done, d.lastCouncilMeeting(), d.breaches(), null);
  }

  /** Whether the dossier is finished: answered, or decided to give no zienswijze. */
  public boolean isClosed() {
    return status == ZienswijzeStatus.BEANTWOORD
        || (status == ZienswijzeStatus.BESLOTEN && proposal == ZienswijzeProposal.GEEN_ZIENSWIJZE);
  }

  private void step(ZienswijzeStatus reached, LocalDate on, String note) {
    this.status = reached;
    steps.add(new ZienswijzeStep(this, reached, on, note));
  }

  private static String required(String text, int max, String field) {
    String cleaned = optional(text, max, field);
    if (cleaned == null) {
      throw new DomainException("validation.required", field);
    }
    return cleaned;
  }

  private static String optional(String text, int max, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String cleaned = text.strip();
    if (cleaned.length() > max) {
      throw new DomainException("validation.tooLong", field, max);
    }
    return cleaned;
  }

  private static LocalDate requiredDate(LocalDate date, String field) {
    if (date == null) {
      throw new DomainException("validation.required", field);
    }
    return date;
  }

  private static LocalDate notAfter(LocalDate date, LocalDate today, String field) {
    if (date.isAfter(today)) {
      throw new DomainException("zienswijze.date.future", field);
    }
    return date;
  }

  public Party getParty() {
    return party;
  }

  public ZienswijzeSubject getSubject() {
    return subject;
  }

  public String getTitle() {
    return title;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public LocalDate getDecidingMeeting() {
    return decidingMeeting;
  }

  public String getDocuments() {
    return documents;
  }

  public ZienswijzeStatus getStatus() {
    return status;
  }

  public ZienswijzeProposal getProposal() {
    return proposal;
  }

  public String getProposalText() {
    return proposalText;
  }

  public LocalDate getCouncilDecidedOn() {
    return councilDecidedOn;
  }

  public LocalDate getSentOn() {
    return sentOn;
  }

  public LocalDate getAnsweredOn() {
    return answeredOn;
  }

  public String getAnswerText() {
    return answerText;
  }

  public boolean isEscalatedToGs() {
    return escalatedToGs;
  }

  public List<ZienswijzeStep> getSteps() {
    return Collections.unmodifiableList(steps);
  }
}
