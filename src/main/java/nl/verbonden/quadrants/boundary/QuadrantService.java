package nl.verbonden.quadrants.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.verbonden.agreements.entity.IndicatorKind;
import nl.verbonden.agreements.entity.SteeringInstrument;
import nl.verbonden.quadrants.entity.Position;
import nl.verbonden.quadrants.entity.PositionFormula;
import nl.verbonden.quadrants.entity.PositionFormula.Reason;
import nl.verbonden.quadrants.entity.PositionFormula.Score;
import nl.verbonden.quadrants.entity.Quadrant;
import nl.verbonden.quadrants.entity.RelationPosition;
import nl.verbonden.quadrants.entity.SteeringModel;
import nl.verbonden.register.control.PartyHistory;
import nl.verbonden.register.entity.BbvGroup;
import nl.verbonden.register.entity.Party;
import nl.verbonden.register.entity.PartyChanged;
import nl.verbonden.register.entity.PolicyDomain;
import nl.verbonden.shared.control.Entities;
import nl.verbonden.tenancy.control.TenantScope;
import nl.verbonden.tenancy.entity.AppRole;

/**
 * The quadrant matrix of the caller's municipality: each relation's position per year, computed
 * from its relations, participants and active agreements (this year) or as recorded (earlier
 * years), with overrides and targets. A fixed number of queries per matrix, whatever the number of
 * parties.
 */
@Stateless
@RolesAllowed(AppRole.Names.REGISSEUR)
@Interceptors(TenantScope.class)
public class QuadrantService {

  @Inject private Clock clock;

  @PersistenceContext private EntityManager em;

  /** The party's history, written by the register in this transaction. */
  @Inject private Event<PartyChanged> partyChanged;

  /** The years that have positions: the recorded ones and this year. */
  public List<Integer> years() {
    List<Integer> years =
        new ArrayList<>(
            em.createQuery(
                    "select distinct p.year from RelationPosition p order by p.year", Integer.class)
                .getResultList());
    int now = LocalDate.now(clock).getYear();
    if (!years.contains(now)) {
      years.add(now);
    }
    return years;
  }

  /**
   * The matrix of a year, filtered on policy domain and BBV group (null: all): this year computed
   * now, earlier years as recorded; overrides and targets from the year's rows.
   */
  public List<Position> positions(int year, PolicyDomain domain, BbvGroup group) {
    LocalDate today = LocalDate.now(clock);
    boolean current = year == today.getYear();
    List<Party> parties =
        em
            .createQuery(
                "select p from Party p where (p.endDate is null or p.endDate >= :from) and (p.startDate is null"
                    + " or p.startDate <= :to) order by lower(p.name), p.name",
                Party.class)
            .setParameter("from", LocalDate.of(year, 1, 1))
            .setParameter("to", LocalDate.of(year, 12, 31))
            .getResultList()
            .stream()
            .filter(p -> domain == null || p.getDomains().contains(domain))
            .filter(p -> group == null || p.getBbvGroup() == group)
            .toList();
    Map<Long, RelationPosition> rows = new HashMap<>();
    for (RelationPosition row :
        em.createNamedQuery(RelationPosition.OF_YEAR, RelationPosition.class)
            .setParameter("year", year)
            .getResultList()) {
      rows.put(row.getParty().getId(), row);
    }
    Inputs inputs = current ? inputs(today) : null;
    List<Position> positions = new ArrayList<>(parties.size());
    for (Party party : parties) {
      RelationPosition row = rows.get(party.getId());
      Score network;
      Score steering;
      if (current) {
        network =
            PositionFormula.network(
                inputs.relations.getOrDefault(party.getId(), 0L).intValue(),
                inputs.participants.getOrDefault(party.getId(), 0L).intValue());
        steering =
            PositionFormula.steering(
                inputs.instruments.getOrDefault(party.getId(), List.of()),
                inputs.indicators.getOrDefault(party.getId(), List.of()));
      } else {
        network = recorded(row == null ? null : row.getComputedNetwork());
        steering = recorded(row == null ? null : row.getComputedSteering());
      }
      positions.add(position(party, year, inputs, row, network, steering));
    }
    return positions;
  }

  /**
   * One relation's position in a year.
   *
   * @throws nl.verbonden.shared.entity.NotFoundException when the party is not in the caller's
   *     register
   */
  public Position position(Long partyId, int year) {
    Entities.findOrThrow(em, Party.class, partyId);
    return positions(year, null, null).stream()
        .filter(p -> p.partyId().equals(partyId))
        .findFirst()
        .orElseThrow(() -> new nl.verbonden.shared.entity.NotFoundException(Party.class, partyId));
  }

  /** One relation's positions over the recorded years and this year, oldest first. */
  public List<Position> path(Long partyId) {
    Party party = Entities.findOrThrow(em, Party.class, partyId);
    int now = LocalDate.now(clock).getYear();
    List<Position> path = new ArrayList<>();
    for (RelationPosition row :
        em.createNamedQuery(RelationPosition.OF_PARTY, RelationPosition.class)
            .setParameter("party", partyId)
            .getResultList()) {
      if (row.getYear() < now) {
        path.add(
            position(
                party,
                row.getYear(),
                null,
                row,
                recorded(row.getComputedNetwork()),
                recorded(row.getComputedSteering())));
      }
    }
    positions(now, null, null).stream().filter(p -> p.partyId().equals(partyId)).forEach(path::add);
    return path;
  }

  /**
   * Keeps this year's computed positions of every party as the year's record (overrides and targets
   * stay), so that later years can show the path. Returns how many were recorded.
   */
  public int recordCurrentYear() {
    int year = LocalDate.now(clock).getYear();
    Map<Long, RelationPosition> rows = new HashMap<>();
    em.createNamedQuery(RelationPosition.OF_YEAR, RelationPosition.class)
        .setParameter("year", year)
        .getResultList()
        .forEach(r -> rows.put(r.getParty().getId(), r));
    List<Position> positions = positions(year, null, null);
    for (Position p : positions) {
      RelationPosition row = rows.get(p.partyId());
      if (row == null) {
        row = new RelationPosition(em.getReference(Party.class, p.partyId()), year);
        em.persist(row);
      }
      row.record(
          p.computedNetwork().value(),
          p.computedSteering() == null ? null : p.computedSteering().value());
    }
    em.flush();
    return positions.size();
  }

  /**
   * Overrides a relation's position for a year with a written rationale; the history of the party
   * keeps it.
   *
   * @throws nl.verbonden.shared.entity.DomainException at the field that is wrong
   */
  public void override(
      Long partyId, int year, Integer network, Integer steering, String rationale) {
    RelationPosition row = row(partyId, year);
    String before = describe(row);
    row.override(network, steering, rationale);
    Entities.flush(em, RelationPosition.class, row.getId());
    partyChanged.fire(
        PartyHistory.event(
            partyId, "history.position.override", String.valueOf(year), before, describe(row)));
  }

  /** Goes back to the computed position. */
  public void clearOverride(Long partyId, int year) {
    RelationPosition row = row(partyId, year);
    String before = describe(row);
    row.clearOverride();
    Entities.flush(em, RelationPosition.class, row.getId());
    partyChanged.fire(
        PartyHistory.event(
            partyId, "history.position.override", String.valueOf(year), before, null));
  }

  /** Sets (or with null clears) the quadrant the relation should move to, with a note. */
  public void aim(Long partyId, int year, Quadrant target, String note) {
    RelationPosition row = row(partyId, year);
    Quadrant before = row.getTarget();
    row.aimAt(target, note);
    Entities.flush(em, RelationPosition.class, row.getId());
    partyChanged.fire(
        PartyHistory.event(
            partyId, "history.position.target", String.valueOf(year), before, target));
  }

  /**
   * Records the relation's steering model now and the one it should move to (null clears); the
   * history of the party keeps it.
   */
  public void steer(Long partyId, int year, SteeringModel current, SteeringModel target) {
    RelationPosition row = row(partyId, year);
    String before = models(row.getModel(), row.getTargetModel());
    row.steer(current, target);
    Entities.flush(em, RelationPosition.class, row.getId());
    String after = models(current, target);
    if (!java.util.Objects.equals(before, after)) {
      partyChanged.fire(
          PartyHistory.event(
              partyId, "history.position.steeringModel", String.valueOf(year), before, after));
    }
  }

  private static String models(SteeringModel current, SteeringModel target) {
    if (current == null && target == null) {
      return null;
    }
    return nl.verbonden.shared.control.MessageBundle.text(
        nl.verbonden.shared.control.MessageBundle.DUTCH,
        "history.position.models",
        current == null ? "—" : label(current),
        target == null ? "—" : label(target));
  }

  private static String label(SteeringModel model) {
    return nl.verbonden.shared.control.MessageBundle.text(
        nl.verbonden.shared.control.MessageBundle.DUTCH,
        nl.verbonden.shared.control.HistoryText.enumKey(model));
  }

  // --- Helpers
  // ------------------------------------------------------------------------------------------------

  private RelationPosition row(Long partyId, int year) {
    Party party = Entities.findOrThrow(em, Party.class, partyId);
    return em.createNamedQuery(RelationPosition.OF_PARTY, RelationPosition.class)
        .setParameter("party", partyId)
        .getResultStream()
        .filter(r -> r.getYear() == year)
        .findFirst()
        .orElseGet(
            () -> {
              RelationPosition created = new RelationPosition(party, year);
              em.persist(created);
              return created;
            });
  }

  private static String describe(RelationPosition row) {
    return row.isOverridden()
        ? row.getOverrideNetwork()
            + " / "
            + row.getOverrideSteering()
            + " — "
            + row.getOverrideRationale()
        : null;
  }

  private static Score recorded(Integer value) {
    return value == null
        ? null
        : new Score(value, List.of(new Reason("position.reason.recorded", List.of())));
  }

  private static Position position(
      Party party, int year, Inputs inputs, RelationPosition row, Score network, Score steering) {
    boolean overridden = row != null && row.isOverridden();
    Integer x = overridden ? row.getOverrideNetwork() : network == null ? null : network.value();
    Integer y = overridden ? row.getOverrideSteering() : steering == null ? null : steering.value();
    BigDecimal budget =
        inputs == null
            ? BigDecimal.ZERO
            : inputs.budgets.getOrDefault(party.getId(), BigDecimal.ZERO);
    return new Position(
        party.getId(),
        party.getName(),
        party.getBbvGroup(),
        party.getRisk().getRegime(),
        year,
        budget,
        network,
        steering,
        overridden,
        overridden ? row.getOverrideRationale() : null,
        x,
        y,
        row == null ? null : row.getTarget(),
        row == null ? null : row.getTargetNote(),
        row == null ? null : row.getModel(),
        row == null ? null : row.getTargetModel());
  }

  /** What the formulas need for this year, per party id, read in five queries. */
  private record Inputs(
      Map<Long, Long> relations,
      Map<Long, Long> participants,
      Map<Long, List<SteeringInstrument>> instruments,
      Map<Long, List<IndicatorKind>> indicators,
      Map<Long, BigDecimal> budgets) {}

  private Inputs inputs(LocalDate today) {
    Map<Long, Long> relations = new HashMap<>();
    for (String side : List.of("party", "related")) {
      for (Object[] r :
          em.createQuery(
                  "select r."
                      + side
                      + ".id, count(r) from PartyRelation r where r.until is null or r.until > :today"
                      + " group by r."
                      + side
                      + ".id",
                  Object[].class)
              .setParameter("today", today)
              .getResultList()) {
        relations.merge((Long) r[0], (Long) r[1], Long::sum);
      }
    }
    Map<Long, Long> participants = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select p.party.id, count(p) from Participant p group by p.party.id",
                Object[].class)
            .getResultList()) {
      participants.put((Long) r[0], (Long) r[1]);
    }
    Map<Long, List<SteeringInstrument>> instruments = new HashMap<>();
    Map<Long, BigDecimal> budgets = new HashMap<>();
    for (Object[] a :
        em.createQuery(
                "select a.party.id, a.instrument, a.annualBudget from Agreement a where a.status ="
                    + " nl.verbonden.agreements.entity.AgreementStatus.ACTIEF and a.startDate <= :today"
                    + " and a.endDate >= :today",
                Object[].class)
            .setParameter("today", today)
            .getResultList()) {
      instruments
          .computeIfAbsent((Long) a[0], k -> new ArrayList<>())
          .add((SteeringInstrument) a[1]);
      if (a[2] != null) {
        budgets.merge((Long) a[0], (BigDecimal) a[2], BigDecimal::add);
      }
    }
    Map<Long, List<IndicatorKind>> indicators = new HashMap<>();
    for (Object[] i :
        em.createQuery(
                "select i.agreement.party.id, i.kind from Indicator i where i.agreement.status ="
                    + " nl.verbonden.agreements.entity.AgreementStatus.ACTIEF and i.agreement.startDate <= :today"
                    + " and i.agreement.endDate >= :today",
                Object[].class)
            .setParameter("today", today)
            .getResultList()) {
      indicators.computeIfAbsent((Long) i[0], k -> new ArrayList<>()).add((IndicatorKind) i[1]);
    }
    return new Inputs(relations, participants, instruments, indicators, budgets);
  }
}
