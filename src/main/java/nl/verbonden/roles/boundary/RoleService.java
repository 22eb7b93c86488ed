package nl.verbonden.roles.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.verbonden.register.control.PartyHistory;
import nl.verbonden.register.entity.Party;
import nl.verbonden.register.entity.PartyChanged;
import nl.verbonden.register.entity.PartyRef;
import nl.verbonden.roles.control.PersonHistory;
import nl.verbonden.roles.control.RoleDescription;
import nl.verbonden.roles.control.RolePlanJson;
import nl.verbonden.roles.entity.Finding;
import nl.verbonden.roles.entity.Handover;
import nl.verbonden.roles.entity.MunicipalRole;
import nl.verbonden.roles.entity.Office;
import nl.verbonden.roles.entity.PartyGovernance;
import nl.verbonden.roles.entity.RoleAssignment;
import nl.verbonden.roles.entity.RoleChecks;
import nl.verbonden.roles.entity.RoleDraft;
import nl.verbonden.roles.entity.RoleLevel;
import nl.verbonden.roles.entity.RolePlan;
import nl.verbonden.shared.control.Entities;
import nl.verbonden.shared.entity.Changed;
import nl.verbonden.shared.entity.NotFoundException;
import nl.verbonden.shared.entity.StaleEditException;
import nl.verbonden.tenancy.control.Caller;
import nl.verbonden.tenancy.control.TenantScope;
import nl.verbonden.tenancy.entity.AppRole;

/**
 * The four-role model of the caller's municipality: per party who holds opdrachtgever, eigenaar,
 * opdrachtnemer and uitvoerder (bestuurlijk and ambtelijk), its regisseur and escalation ladder;
 * the walkthrough's drafts; and the checks over one party, one person and the whole register. Reads
 * take a fixed number of queries, whatever the size of the register.
 */
@Stateless
@RolesAllowed(AppRole.Names.REGISSEUR)
@Interceptors(TenantScope.class)
public class RoleService {

  @Inject private Clock clock;

  private static final String ACTIVE_PARTIES =
      "select new nl.verbonden.register.entity.PartyRef(p.id, p.name) from Party p"
          + " where p.endDate is null or p.endDate > :today order by lower(p.name), p.name";

  @PersistenceContext private EntityManager em;
  @Inject private Caller caller;

  /** The party's history, written by the register in this transaction. */
  @Inject private Event<PartyChanged> partyChanged;

  /** The person's history (an office ended by a handover), written by the roles component. */
  @Inject private Event<Changed> officeChanged;

  /** Every office of the municipality, past and present, with its person, by id. */
  public Map<Long, Office> offices() {
    Map<Long, Office> offices = new LinkedHashMap<>();
    for (Office office : em.createNamedQuery(Office.ALL, Office.class).getResultList()) {
      offices.put(office.getId(), office);
    }
    return offices;
  }

  /**
   * The offices to choose from for a role at this level: those active today, by person's name, and
   * those the plan already names (an ended term stays visible, as a gap, until someone else is
   * chosen).
   */
  public List<Office> choices(RoleLevel level, RolePlan plan) {
    LocalDate today = LocalDate.now(clock);
    Set<Long> named = new HashSet<>();
    if (plan != null) {
      plan.getAnswers()
          .forEach(
              a -> {
                named.add(a.getBestuurlijkOfficeId());
                named.add(a.getAmbtelijkOfficeId());
              });
      named.add(plan.getRegisseurOfficeId());
    }
    return offices().values().stream()
        .filter(o -> o.level() == level && (o.isActiveOn(today) || named.contains(o.getId())))
        .toList();
  }

  /**
   * The saved role model of a party with what the checks find in it.
   *
   * @throws nl.verbonden.shared.entity.NotFoundException when the party is not in the caller's
   *     register
   */
  public PartyRoles roles(Long partyId) {
    Party party = Entities.findOrThrow(em, Party.class, partyId);
    Map<Long, Office> offices = offices();
    PartyGovernance governance = governance(partyId).orElse(null);
    RolePlan plan = RolePlan.of(assignments(partyId), governance);
    PartyRef ref = new PartyRef(party.getId(), party.getName());
    return new PartyRoles(
        ref,
        plan,
        governance == null ? -1 : governance.getVersion(),
        RoleChecks.check(ref, plan, offices, LocalDate.now(clock)),
        offices);
  }

  /** The findings of a plan under review, before it is saved. */
  public List<Finding> review(Long partyId, @NotNull RolePlan plan) {
    Party party = Entities.findOrThrow(em, Party.class, partyId);
    return RoleChecks.check(
        new PartyRef(party.getId(), party.getName()), plan, offices(), LocalDate.now(clock));
  }

  /**
   * Checks one step of the walkthrough: a role's answer, or (role null) the regisseur, management
   * and ladder.
   *
   * @throws nl.verbonden.shared.entity.DomainException at the field that is wrong
   */
  public void checkStep(Long partyId, @NotNull RolePlan plan, MunicipalRole role) {
    Entities.findOrThrow(em, Party.class, partyId);
    if (role == null) {
      plan.checkGovernance(offices());
    } else {
      plan.checkAnswer(role, offices());
    }
  }

  /**
   * Saves a walked-through role model at once: the four answers, the regisseur, the ladder, the
   * management and the conflict's justification, with a history line per changed part; removes the
   * caller's draft for the party.
   *
   * @param expectedVersion the version the walkthrough started from (-1 when there was no saved
   *     model)
   * @throws nl.verbonden.shared.entity.DomainException when the plan is incomplete or wrong, or has
   *     a conflict without justification: nothing is saved
   * @throws StaleEditException when someone else saved the party's role model since
   */
  public PartyRoles save(Long partyId, @NotNull RolePlan plan, long expectedVersion) {
    Party party = Entities.findOrThrow(em, Party.class, partyId);
    Map<Long, Office> offices = offices();
    plan.normalised().checkComplete(offices);
    PartyGovernance governance = governance(partyId).orElse(null);
    if ((governance == null ? -1 : governance.getVersion()) != expectedVersion) {
      throw new StaleEditException(PartyGovernance.class, partyId);
    }
    List<RoleAssignment> saved = assignments(partyId);
    Map<String, Object> before = RoleDescription.of(RolePlan.of(saved, governance), offices);
    if (governance == null) {
      governance = new PartyGovernance(party);
      em.persist(governance);
    } else {
      em.lock(governance, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
    Map<MunicipalRole, RoleAssignment> byRole = new EnumMap<>(MunicipalRole.class);
    saved.forEach(a -> byRole.put(a.getRole(), a));
    for (MunicipalRole role : MunicipalRole.values()) {
      RolePlan.Answer answer = plan.answer(role);
      RoleAssignment assignment = byRole.get(role);
      if (assignment == null) {
        assignment = new RoleAssignment(party, role);
        em.persist(assignment);
      }
      assignment.answer(
          answer.getHeld(),
          office(answer.getBestuurlijkOfficeId(), offices),
          office(answer.getAmbtelijkOfficeId(), offices),
          answer.getReason());
    }
    governance.apply(plan, office(plan.getRegisseurOfficeId(), offices), plan.hasConflict(offices));
    Entities.flush(em, PartyGovernance.class, partyId);
    partyChanged.fire(
        PartyHistory.differences(partyId, null, before, RoleDescription.of(plan, offices)));
    draftEntity(partyId).ifPresent(em::remove);
    em.flush();
    return roles(partyId);
  }

  /**
   * Hands every role an office holds over to a successor from a day, on every party at once: the
   * bestuurlijk and ambtelijk holders and the regisseurships; the office handed over ends the day
   * before (unless its term already ended). Each party gets a history line; the conflicts are
   * checked again and the new ones returned. Four queries, whatever the size of the register.
   *
   * @throws nl.verbonden.shared.entity.DomainException at the field that is wrong ({@link
   *     Handover#check})
   */
  public HandoverResult handOver(Long fromOfficeId, Long toOfficeId, LocalDate on) {
    Map<Long, Office> offices = offices();
    Office from = fromOfficeId == null ? null : offices.get(fromOfficeId);
    Office to = toOfficeId == null ? null : offices.get(toOfficeId);
    if (fromOfficeId != null && from == null) {
      throw new NotFoundException(Office.class, fromOfficeId);
    }
    if (toOfficeId != null && to == null) {
      throw new NotFoundException(Office.class, toOfficeId);
    }
    Handover.check(from, to, on);

    Map<Long, List<RoleAssignment>> assignments = new LinkedHashMap<>();
    Map<Long, PartyRef> parties = new LinkedHashMap<>();
    for (RoleAssignment a :
        em.createNamedQuery(RoleAssignment.ALL, RoleAssignment.class).getResultList()) {
      assignments.computeIfAbsent(a.getParty().getId(), id -> new ArrayList<>()).add(a);
      parties.putIfAbsent(
          a.getParty().getId(), new PartyRef(a.getParty().getId(), a.getParty().getName()));
    }
    Map<Long, PartyGovernance> governance = new LinkedHashMap<>();
    for (PartyGovernance g :
        em.createNamedQuery(PartyGovernance.ALL, PartyGovernance.class).getResultList()) {
      governance.put(g.getParty().getId(), g);
      parties.putIfAbsent(
          g.getParty().getId(), new PartyRef(g.getParty().getId(), g.getParty().getName()));
    }

    int roles = 0;
    List<PartyRef> changed = new ArrayList<>();
    List<PartyRef> conflicts = new ArrayList<>();
    for (PartyRef party : parties.values()) {
      List<RoleAssignment> held = assignments.getOrDefault(party.id(), List.of());
      PartyGovernance g = governance.get(party.id());
      Map<String, Object> before = RoleDescription.of(RolePlan.of(held, g), offices);
      int here = 0;
      for (RoleAssignment a : held) {
        here += a.handOver(from, to);
      }
      if (g != null && g.handOverRegisseur(from, to)) {
        here++;
      }
      if (here == 0) {
        continue;
      }
      roles += here;
      changed.add(party);
      if (g != null) {
        em.lock(g, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
      }
      RolePlan after = RolePlan.of(held, g);
      partyChanged.fire(
          PartyHistory.differences(party.id(), null, before, RoleDescription.of(after, offices)));
      if (after.hasConflict(offices) && (g == null || g.getConflictJustification() == null)) {
        conflicts.add(party);
      }
    }
    if (Handover.endTerm(from, on)) {
      officeChanged.fire(PersonHistory.ended(from));
    }
    Entities.flush(em, PartyGovernance.class, null);
    return new HandoverResult(roles, changed, conflicts);
  }

  // --- Drafts of the walkthrough
  // ------------------------------------------------------------------------------

  /** The caller's walkthrough of this party that they left halfway, if any. */
  public Optional<WalkthroughDraft> draft(Long partyId) {
    Entities.findOrThrow(em, Party.class, partyId);
    return draftEntity(partyId)
        .map(
            d ->
                new WalkthroughDraft(
                    RolePlanJson.read(d.getPlanJson()),
                    d.getStep(),
                    d.getBaseVersion(),
                    d.getUpdatedAt()));
  }

  /**
   * Keeps the caller's answers so far and the step they are at, so that they can leave and resume.
   */
  public void keepDraft(
      Long partyId, @NotNull RolePlan plan, @NotNull String step, long baseVersion) {
    Entities.findOrThrow(em, Party.class, partyId);
    RoleDraft draft =
        draftEntity(partyId)
            .orElseGet(
                () -> {
                  RoleDraft created = new RoleDraft(partyId, caller.getLoginName());
                  em.persist(created);
                  return created;
                });
    draft.keep(
        step.length() > 40 ? step.substring(0, 40) : step, baseVersion, RolePlanJson.write(plan));
  }

  /** Forgets the caller's draft of this party (starting over, or cancelling). */
  public void discardDraft(Long partyId) {
    Entities.findOrThrow(em, Party.class, partyId);
    draftEntity(partyId).ifPresent(em::remove);
  }

  // --- Over the register
  // ------------------------------------------------------------------------------------

  /**
   * The role matrix: every current party with a cell per role and its findings, by name. Four
   * queries.
   */
  public List<MatrixRow> matrix() {
    LocalDate today = LocalDate.now(clock);
    List<PartyRef> parties =
        em.createQuery(ACTIVE_PARTIES, PartyRef.class).setParameter("today", today).getResultList();
    Map<Long, Office> offices = offices();
    Map<Long, List<RoleAssignment>> assignments = new HashMap<>();
    for (RoleAssignment a :
        em.createNamedQuery(RoleAssignment.ALL, RoleAssignment.class).getResultList()) {
      assignments.computeIfAbsent(a.getParty().getId(), k -> new ArrayList<>()).add(a);
    }
    Map<Long, PartyGovernance> governance = new HashMap<>();
    for (PartyGovernance g :
        em.createNamedQuery(PartyGovernance.ALL, PartyGovernance.class).getResultList()) {
      governance.put(g.getParty().getId(), g);
    }
    List<MatrixRow> rows = new ArrayList<>(parties.size());
    for (PartyRef party : parties) {
      RolePlan plan =
          RolePlan.of(assignments.getOrDefault(party.id(), List.of()), governance.get(party.id()));
      List<Finding> findings = RoleChecks.check(party, plan, offices, today);
      rows.add(new MatrixRow(party, cells(plan, findings, offices), findings));
    }
    return rows;
  }

  /** Every finding over the register, conflicts first, then by party. */
  public List<Finding> findings() {
    List<Finding> all = new ArrayList<>();
    matrix().forEach(row -> all.addAll(row.findings()));
    all.sort(
        java.util.Comparator.comparing((Finding f) -> !f.isConflict())
            .thenComparing(f -> f.party().name(), String.CASE_INSENSITIVE_ORDER));
    return all;
  }

  /** Which of these parties have the client/owner conflict. One query. */
  public Set<Long> conflicted(Collection<Long> partyIds) {
    if (partyIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createNamedQuery(RoleAssignment.CONFLICTED, Long.class)
            .setParameter("parties", partyIds)
            .getResultList());
  }

  /**
   * The roles a person holds, at which parties, through which office (past offices included, so
   * that an ended term that still holds a role shows), and the parties of which they are regisseur.
   *
   * @throws nl.verbonden.shared.entity.NotFoundException when the person is not of the caller's
   *     municipality
   */
  public List<Holding> holdings(Long personId) {
    Entities.findOrThrow(em, nl.verbonden.roles.entity.Person.class, personId);
    List<RoleAssignment> held =
        em.createQuery(
                "select a from RoleAssignment a join fetch a.party left join fetch a.bestuurlijk b"
                    + " left join fetch a.ambtelijk m where a.held = true"
                    + " and (b.person.id = :person or m.person.id = :person)",
                RoleAssignment.class)
            .setParameter("person", personId)
            .getResultList();
    List<PartyGovernance> regisseurOf =
        em.createQuery(
                "select g from PartyGovernance g join fetch g.party join fetch g.regisseur r"
                    + " where r.person.id = :person",
                PartyGovernance.class)
            .setParameter("person", personId)
            .getResultList();
    Set<Long> partyIds = new HashSet<>();
    held.forEach(a -> partyIds.add(a.getParty().getId()));
    Set<Long> conflicted = conflicted(partyIds);
    List<Holding> holdings = new ArrayList<>();
    for (RoleAssignment a : held) {
      PartyRef party = new PartyRef(a.getParty().getId(), a.getParty().getName());
      if (a.getBestuurlijk() != null && a.getBestuurlijk().getPerson().getId().equals(personId)) {
        boolean conflict =
            conflicted.contains(party.id())
                && (a.getRole() == MunicipalRole.OPDRACHTGEVER
                    || a.getRole() == MunicipalRole.EIGENAAR);
        holdings.add(
            new Holding(party, a.getRole(), RoleLevel.BESTUURLIJK, a.getBestuurlijk(), conflict));
      }
      if (a.getAmbtelijk() != null && a.getAmbtelijk().getPerson().getId().equals(personId)) {
        holdings.add(new Holding(party, a.getRole(), RoleLevel.AMBTELIJK, a.getAmbtelijk(), false));
      }
    }
    for (PartyGovernance g : regisseurOf) {
      PartyRef party = new PartyRef(g.getParty().getId(), g.getParty().getName());
      holdings.add(new Holding(party, null, RoleLevel.AMBTELIJK, g.getRegisseur(), false));
    }
    holdings.sort(
        java.util.Comparator.comparing(
                (Holding h) -> h.party().name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(h -> h.role() == null ? 99 : h.role().ordinal())
            .thenComparing(Holding::level));
    return holdings;
  }

  /**
   * How many roles (and regisseurships) each person holds, by person id: the load at a glance.
   * Three queries.
   */
  public Map<Long, Long> loadPerPerson() {
    Map<Long, Long> load = new HashMap<>();
    for (String query :
        List.of(
            "select a.bestuurlijk.person.id, count(a) from RoleAssignment a where a.held = true"
                + " and a.bestuurlijk is not null group by a.bestuurlijk.person.id",
            "select a.ambtelijk.person.id, count(a) from RoleAssignment a where a.held = true"
                + " and a.ambtelijk is not null group by a.ambtelijk.person.id",
            "select g.regisseur.person.id, count(g) from PartyGovernance g where g.regisseur is not null"
                + " group by g.regisseur.person.id")) {
      for (Object[] row : em.createQuery(query, Object[].class).getResultList()) {
        load.merge((Long) row[0], (Long) row[1], Long::sum);
      }
    }
    return load;
  }

  // --- Helpers
  // -------------------------------------------------------------------------------------------------

  private static Map<MunicipalRole, MatrixRow.Cell> cells(
      RolePlan plan, List<Finding> findings, Map<Long, Office> offices) {
    Map<MunicipalRole, MatrixRow.Cell> cells = new EnumMap<>(MunicipalRole.class);
    boolean conflict = findings.stream().anyMatch(Finding::isConflict);
    for (MunicipalRole role : MunicipalRole.values()) {
      if (plan == null) {
        cells.put(role, new MatrixRow.Cell(null, null, null, null, null, null, false, false));
        continue;
      }
      RolePlan.Answer answer = plan.answer(role);
      Office bestuurlijk = RolePlan.holder(answer, RoleLevel.BESTUURLIJK, offices);
      Office ambtelijk = RolePlan.holder(answer, RoleLevel.AMBTELIJK, offices);
      boolean gap = findings.stream().anyMatch(f -> f.role() == role);
      boolean inConflict =
          conflict && (role == MunicipalRole.OPDRACHTGEVER || role == MunicipalRole.EIGENAAR);
      cells.put(
          role,
          new MatrixRow.Cell(
              answer.getHeld(),
              bestuurlijk == null ? null : bestuurlijk.label(),
              ambtelijk == null ? null : ambtelijk.label(),
              bestuurlijk == null ? null : bestuurlijk.getPerson().getId(),
              ambtelijk == null ? null : ambtelijk.getPerson().getId(),
              answer.getReason(),
              inConflict,
              gap));
    }
    return cells;
  }

  private List<RoleAssignment> assignments(Long partyId) {
    return em.createNamedQuery(RoleAssignment.OF_PARTY, RoleAssignment.class)
        .setParameter("party", partyId)
        .getResultList();
  }

  private Optional<PartyGovernance> governance(Long partyId) {
    return em.createNamedQuery(PartyGovernance.OF_PARTY, PartyGovernance.class)
        .setParameter("party", partyId)
        .getResultStream()
        .findFirst();
  }

  private Optional<RoleDraft> draftEntity(Long partyId) {
    return em.createNamedQuery(RoleDraft.OF, RoleDraft.class)
        .setParameter("party", partyId)
        .setParameter("username", caller.getLoginName())
        .getResultStream()
        .findFirst();
  }

  private static Office office(Long id, Map<Long, Office> offices) {
    return id == null ? null : offices.get(id);
  }
}
