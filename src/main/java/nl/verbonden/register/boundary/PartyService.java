package nl.verbonden.register.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verbonden.register.control.PartyFilter;
import nl.verbonden.register.control.PartyHistory;
import nl.verbonden.register.control.PartySearch;
import nl.verbonden.register.entity.Participant;
import nl.verbonden.register.entity.ParticipantKind;
import nl.verbonden.register.entity.Party;
import nl.verbonden.register.entity.PartyChange;
import nl.verbonden.register.entity.PartyChanged;
import nl.verbonden.register.entity.PartyRef;
import nl.verbonden.register.entity.PartyRelation;
import nl.verbonden.register.entity.ReassessmentDue;
import nl.verbonden.register.entity.RelationType;
import nl.verbonden.register.entity.RiskAssessment;
import nl.verbonden.register.entity.YearFigures;
import nl.verbonden.shared.control.Entities;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.tenancy.control.TenantScope;
import nl.verbonden.tenancy.entity.AppRole;

/**
 * The register of the caller's municipality, maintained by its regisseurs: parties with their
 * belang, participants, figures per year, risk assessment and relations. Every change is written to
 * the party's history in the same transaction; a refused change saves nothing.
 */
@Stateless
@RolesAllowed(AppRole.Names.REGISSEUR)
@Interceptors(TenantScope.class)
public class PartyService {

  @Inject private Clock clock;

  @PersistenceContext private EntityManager em;

  /**
   * The party's history: written by the register's {@link PartyHistoryWriter}, in this transaction.
   */
  @Inject private Event<PartyChanged> partyChanged;

  /** All parties, by name. For short registers and tests; pages use {@link #search}. */
  public List<Party> list() {
    return em.createNamedQuery(Party.ALL, Party.class).getResultList();
  }

  public long count() {
    return em.createNamedQuery(Party.COUNT, Long.class).getSingleResult();
  }

  /** One page of the register list, filtered and sorted in the database. */
  public List<Party> search(
      @NotNull PartyFilter filter, int first, int max, String sortField, boolean ascending) {
    return PartySearch.page(
        em, filter, LocalDate.now(clock), first, Math.min(max, 1000), sortField, ascending);
  }

  /** Every party the filter shows, sorted by name: what an export of the list holds. */
  public List<Party> all(@NotNull PartyFilter filter) {
    return PartySearch.page(em, filter, LocalDate.now(clock), 0, Integer.MAX_VALUE, "name", true);
  }

  public long count(@NotNull PartyFilter filter) {
    return PartySearch.count(em, filter, LocalDate.now(clock));
  }

  /** How many parties' risk assessments are overdue. */
  public long countOverdue() {
    PartyFilter overdue = new PartyFilter();
    overdue.setOverdueOnly(true);
    return count(overdue);
  }

  /**
   * The parties whose risk assessment is due on or before {@code by} (late ones included), the
   * earliest first. One query.
   */
  public List<ReassessmentDue> reassessmentsDueBy(@NotNull LocalDate by) {
    return nl.verbonden.register.control.PartyDeadlines.reassessmentsDueBy(
        em, by, LocalDate.now(clock));
  }

  /** Every party by id and name, for choosing one (e.g. the other side of a relation). */
  public List<PartyRef> choices() {
    return em.createNamedQuery(Party.CHOICES, PartyRef.class).getResultList();
  }

  /**
   * @throws nl.verbonden.shared.entity.NotFoundException when there is no such party in the
   *     caller's register
   */
  public Party find(Long id) {
    return Entities.findOrThrow(em, Party.class, id);
  }

  /**
   * @throws DomainException on field {@code naam} when the register holds a party of that name
   */
  public Party create(@NotNull @Valid Party party) {
    checkNameFree(party.getName(), null);
    party.checkAndDerive();
    em.persist(party);
    Entities.flush(em, Party.class, null);
    record(PartyHistory.event(party.getId(), "history.created", null, null, party.getName()));
    return party;
  }

  /**
   * Saves what a person edited in the party form (general data, belang, end), unless someone else
   * saved the party since it was loaded; each changed field goes into the history.
   */
  public Party update(@NotNull @Valid Party edited) {
    Party current = Entities.findForEdit(em, Party.class, edited.getId(), edited.getVersion());
    checkNameFree(edited.getName(), current.getId());
    Map<String, Object> before = current.describe();
    current.copyEditableFrom(edited);
    current.checkAndDerive();
    Entities.flush(em, Party.class, current.getId());
    record(PartyHistory.differences(current.getId(), null, before, current.describe()));
    return current;
  }

  // --- Participants
  // -------------------------------------------------------------------------------------------

  public List<Participant> participants(Long partyId) {
    return find(partyId).getParticipants().stream().toList();
  }

  /**
   * Adds a participant. The party is locked while its participants change, so that two people
   * adding at once cannot together pass 100 %.
   */
  public Participant addParticipant(
      Long partyId, String name, ParticipantKind kind, BigDecimal votingShare) {
    Party party = lockParticipants(partyId);
    Participant added = party.addParticipant(name, kind, votingShare);
    Entities.flush(em, Party.class, partyId);
    record(
        PartyHistory.event(
            partyId, "history.participant.added", added.getName(), null, added.toString()));
    return added;
  }

  public void changeParticipantShare(Long partyId, Long participantId, BigDecimal votingShare) {
    Party party = lockParticipants(partyId);
    Participant participant = participantOf(party, participantId);
    String before = participant.toString();
    party.changeShare(participant, votingShare);
    Entities.flush(em, Participant.class, participantId);
    record(
        PartyHistory.event(
            partyId,
            "history.participant.share",
            participant.getName(),
            before,
            participant.toString()));
  }

  public void removeParticipant(Long partyId, Long participantId) {
    Party party = lockParticipants(partyId);
    Participant participant = participantOf(party, participantId);
    party.removeParticipant(participant);
    Entities.flush(em, Participant.class, participantId);
    record(
        PartyHistory.event(
            partyId,
            "history.participant.removed",
            participant.getName(),
            participant.toString(),
            null));
  }

  private Party lockParticipants(Long partyId) {
    Party party = find(partyId);
    em.lock(party, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(party);
    return party;
  }

  private static Participant participantOf(Party party, Long participantId) {
    return party.getParticipants().stream()
        .filter(p -> p.getId().equals(participantId))
        .findFirst()
        .orElseThrow(
            () ->
                new nl.verbonden.shared.entity.NotFoundException(Participant.class, participantId));
  }

  // --- Figures per year
  // ---------------------------------------------------------------------------------------

  public List<YearFigures> figures(Long partyId) {
    find(partyId);
    return em.createNamedQuery(YearFigures.OF_PARTY, YearFigures.class)
        .setParameter("party", partyId)
        .getResultList();
  }

  /**
   * Saves new figures (one set per year and kind) or changes existing ones, unless someone else
   * saved them since they were loaded; each changed amount goes into the history.
   */
  public YearFigures saveFigures(Long partyId, @NotNull @Valid YearFigures edited) {
    Party party = find(partyId);
    String subject = edited.getYear() + " " + PartyHistory.text(edited.getKind());
    if (edited.isNew()) {
      boolean taken =
          !em.createNamedQuery(YearFigures.FIND, YearFigures.class)
              .setParameter("party", partyId)
              .setParameter("year", edited.getYear())
              .setParameter("kind", edited.getKind())
              .getResultList()
              .isEmpty();
      if (taken) {
        throw new DomainException(
            "verbonden.figures.duplicate",
            "jaar",
            String.valueOf(edited.getYear()),
            PartyHistory.text(edited.getKind()));
      }
      Map<String, Object> empty = new LinkedHashMap<>();
      edited.belongTo(party);
      em.persist(edited);
      Entities.flush(em, YearFigures.class, null);
      record(PartyHistory.differences(partyId, subject, empty, edited.describe()));
      return edited;
    }
    YearFigures current =
        Entities.findForEdit(em, YearFigures.class, edited.getId(), edited.getVersion());
    if (!current.getParty().getId().equals(partyId)) {
      throw new nl.verbonden.shared.entity.NotFoundException(YearFigures.class, edited.getId());
    }
    Map<String, Object> before = current.describe();
    current.copyAmountsFrom(edited);
    Entities.flush(em, YearFigures.class, current.getId());
    record(PartyHistory.differences(partyId, subject, before, current.describe()));
    return current;
  }

  // --- Risk
  // ---------------------------------------------------------------------------------------------------

  /**
   * Records a new risk assessment made today from the given answers: the regime and the next
   * assessment date follow from them.
   *
   * @throws DomainException when a question is unanswered
   */
  public Party assessRisk(Long partyId, long version, @NotNull @Valid RiskAssessment answers) {
    Party party = Entities.findForEdit(em, Party.class, partyId, version);
    if (!answers.isComplete()) {
      throw new DomainException("verbonden.risk.incomplete", null);
    }
    Map<String, Object> before = describeRisk(party.getRisk());
    party.assessRisk(
        RiskAssessment.of(answers.answers(), answers.getNotes(), LocalDate.now(clock)));
    Entities.flush(em, Party.class, partyId);
    String subject = PartyHistory.text(LocalDate.now(clock));
    record(PartyHistory.differences(partyId, subject, before, describeRisk(party.getRisk())));
    return party;
  }

  private static Map<String, Object> describeRisk(RiskAssessment risk) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put(
        "risk.level.financial",
        risk.level(nl.verbonden.register.entity.RiskQuestion.Category.FINANCIAL));
    fields.put(
        "risk.level.governance",
        risk.level(nl.verbonden.register.entity.RiskQuestion.Category.GOVERNANCE));
    fields.put("risk.regime", risk.getRegime());
    fields.put("risk.reassessBy", risk.getReassessBy());
    fields.put("risk.notes", risk.getNotes());
    return fields;
  }

  // --- Relations
  // ----------------------------------------------------------------------------------------------

  /** The relations of a party in both directions, newest first, with both parties loaded. */
  public List<PartyRelation> relations(Long partyId) {
    find(partyId);
    return em.createNamedQuery(PartyRelation.OF_PARTY, PartyRelation.class)
        .setParameter("party", partyId)
        .getResultList();
  }

  /**
   * @throws DomainException when the relation exists already (and is active), or would be with the
   *     party itself
   */
  public PartyRelation addRelation(
      Long partyId, Long relatedId, RelationType type, LocalDate since, String note) {
    Party party = find(partyId);
    if (relatedId == null) {
      throw new DomainException("validation.required", "relatiePartij");
    }
    Party related = find(relatedId);
    LocalDate today = LocalDate.now(clock);
    boolean exists =
        relations(partyId).stream()
            .anyMatch(r -> r.isActiveOn(today) && r.sameAs(party, related, type));
    if (exists) {
      throw new DomainException("verbonden.relation.duplicate", "relatiePartij");
    }
    PartyRelation relation = new PartyRelation(party, related, type, since, note);
    em.persist(relation);
    Entities.flush(em, PartyRelation.class, null);
    String text = PartyHistory.text(type) + ": " + related.getName();
    record(PartyHistory.event(partyId, "history.relation.added", related.getName(), null, text));
    record(PartyHistory.event(relatedId, "history.relation.added", party.getName(), null, text));
    return relation;
  }

  public PartyRelation endRelation(Long relationId, long version, LocalDate on) {
    PartyRelation relation = Entities.findForEdit(em, PartyRelation.class, relationId, version);
    relation.end(on == null ? LocalDate.now(clock) : on);
    Entities.flush(em, PartyRelation.class, relationId);
    String text = PartyHistory.text(relation.getType()) + ": " + relation.getRelated().getName();
    for (Party side : List.of(relation.getParty(), relation.getRelated())) {
      record(
          PartyHistory.event(
              side.getId(),
              "history.relation.ended",
              null,
              text,
              PartyHistory.text(relation.getUntil())));
    }
    return relation;
  }

  // --- History
  // ------------------------------------------------------------------------------------------------

  /** Every recorded change of a party, newest first. */
  public List<PartyChange> history(Long partyId) {
    find(partyId);
    return em.createNamedQuery(PartyChange.OF_PARTY, PartyChange.class)
        .setParameter("party", partyId)
        .getResultList();
  }

  private void checkNameFree(String name, Long exceptId) {
    if (name == null) {
      return;
    }
    boolean taken =
        !em.createNamedQuery(Party.BY_NAME, Party.class)
            .setParameter("name", name)
            .setParameter("id", exceptId == null ? -1L : exceptId)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new DomainException("verbonden.party.nameTaken", "naam", name);
    }
  }

  private void record(PartyChanged change) {
    partyChanged.fire(change);
  }
}
