package nl.verbonden.overviews.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.verbonden.agreements.entity.Agreement;
import nl.verbonden.agreements.entity.Escalation;
import nl.verbonden.agreements.entity.Indicator;
import nl.verbonden.agreements.entity.Measurement;
import nl.verbonden.agreements.entity.TrafficLight;
import nl.verbonden.cycle.boundary.ZienswijzeRow;
import nl.verbonden.cycle.boundary.ZienswijzeService;
import nl.verbonden.cycle.entity.Zienswijze;
import nl.verbonden.overviews.control.OverviewData;
import nl.verbonden.overviews.control.OverviewData.AgreementRow;
import nl.verbonden.overviews.control.OverviewData.Count;
import nl.verbonden.overviews.control.OverviewData.GroupSection;
import nl.verbonden.overviews.control.OverviewData.IndicatorRow;
import nl.verbonden.overviews.control.OverviewData.PartyEntry;
import nl.verbonden.overviews.control.OverviewData.QuadrantRow;
import nl.verbonden.overviews.control.OverviewData.RoleRow;
import nl.verbonden.quadrants.boundary.QuadrantService;
import nl.verbonden.quadrants.entity.Position;
import nl.verbonden.register.control.PartyHistory;
import nl.verbonden.register.entity.BbvGroup;
import nl.verbonden.register.entity.FigureKind;
import nl.verbonden.register.entity.Interest;
import nl.verbonden.register.entity.MonitoringRegime;
import nl.verbonden.register.entity.Party;
import nl.verbonden.register.entity.YearFigures;
import nl.verbonden.roles.boundary.MatrixRow;
import nl.verbonden.roles.boundary.RoleService;
import nl.verbonden.roles.entity.Finding;
import nl.verbonden.roles.entity.MunicipalRole;
import nl.verbonden.shared.control.DutchFormat;
import nl.verbonden.shared.control.MessageBundle;
import nl.verbonden.tenancy.control.Caller;
import nl.verbonden.tenancy.control.TenantScope;

/**
 * Collects the data of a governance overview for the caller's municipality and a year, in Dutch, in
 * a fixed number of queries: the register, the figures of the year, the role matrix, the agreements
 * with their latest lights and open escalations, and the quadrant matrix. Called by the overview
 * service, which checks the caller's role.
 */
@Stateless
@jakarta.annotation.security.RolesAllowed(nl.verbonden.tenancy.entity.AppRole.Names.REGISSEUR)
@Interceptors(TenantScope.class)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class OverviewSnapshot {

  @Inject private Clock clock;

  @PersistenceContext private EntityManager em;
  @Inject private Caller caller;
  @Inject private RoleService roles;
  @Inject private QuadrantService quadrants;
  @Inject private ZienswijzeService zienswijzen;

  public OverviewData take(int year) {
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate to = LocalDate.of(year, 12, 31);
    List<Party> parties =
        em.createQuery(
                "select p from Party p where (p.endDate is null or p.endDate >= :from) and (p.startDate is null"
                    + " or p.startDate <= :to) order by lower(p.name), p.name",
                Party.class)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList();
    Map<Long, YearFigures> figures = new HashMap<>();
    for (YearFigures f :
        // with their parties: figures of a party that ended before the year would otherwise load it
        // one by one
        em.createQuery(
                "select f from YearFigures f join fetch f.party where f.year = :year",
                YearFigures.class)
            .setParameter("year", year)
            .getResultList()) {
      YearFigures known = figures.get(f.getParty().getId());
      if (known == null || f.getKind() == FigureKind.JAARREKENING) {
        figures.put(f.getParty().getId(), f);
      }
    }
    Map<BbvGroup, List<PartyEntry>> byGroup = new EnumMap<>(BbvGroup.class);
    Map<MonitoringRegime, Long> perRegime = new EnumMap<>(MonitoringRegime.class);
    BigDecimal total = BigDecimal.ZERO;
    for (Party party : parties) {
      if (!party.isVerbondenPartij()) {
        continue;
      }
      byGroup
          .computeIfAbsent(party.getBbvGroup(), g -> new ArrayList<>())
          .add(entry(party, figures.get(party.getId())));
      if (party.getInterest().getAmountAtRisk() != null) {
        total = total.add(party.getInterest().getAmountAtRisk());
      }
      if (party.getRisk().getRegime() != null) {
        perRegime.merge(party.getRisk().getRegime(), 1L, Long::sum);
      }
    }
    List<GroupSection> groups = new ArrayList<>();
    List<Count> perGroup = new ArrayList<>();
    for (BbvGroup group : BbvGroup.values()) {
      List<PartyEntry> entries = byGroup.getOrDefault(group, List.of());
      perGroup.add(new Count(text(group), entries.size()));
      if (!entries.isEmpty()) {
        groups.add(new GroupSection(text(group), entries));
      }
    }
    List<Count> regimes = new ArrayList<>();
    for (MonitoringRegime regime : MonitoringRegime.values()) {
      regimes.add(new Count(text(regime), perRegime.getOrDefault(regime, 0L)));
    }

    List<MatrixRow> matrix = roles.matrix();
    List<RoleRow> roleRows = matrix.stream().map(OverviewSnapshot::roleRow).toList();
    List<String> conflicts = new ArrayList<>();
    List<String> gaps = new ArrayList<>();
    for (MatrixRow row : matrix) {
      for (Finding f : row.findings()) {
        String line = f.party().name() + ": " + findingText(f);
        if (f.isConflict()) {
          conflicts.add(
              line
                  + " "
                  + (f.isJustified()
                      ? "Rechtvaardiging: " + f.justification()
                      : "Niet gerechtvaardigd."));
        } else {
          gaps.add(line);
        }
      }
    }

    List<QuadrantRow> quadrantRows = new ArrayList<>();
    for (Position p : quadrants.positions(year, null, null)) {
      quadrantRows.add(
          new QuadrantRow(
              p.partyName(),
              p.quadrant() == null
                  ? "Niet geplaatst"
                  : p.quadrant().number() + " " + text(p.quadrant()),
              p.steeringModel() == null ? "" : text(p.steeringModel()),
              p.target() == null ? "" : p.target().number() + " " + text(p.target()),
              p.overridden()
                  ? "Handmatig: " + p.overrideRationale()
                  : p.isPlaced() ? "Berekend" : "",
              p.targetModel() == null ? "" : text(p.targetModel())));
    }

    List<AgreementRow> agreements = agreements(year);
    int red =
        (int) agreements.stream().filter(a -> a.light().equals(text(TrafficLight.RED))).count();
    int openEscalations = agreements.stream().mapToInt(a -> a.openEscalations().size()).sum();
    OverviewData.Summary summary =
        new OverviewData.Summary(perGroup, total, regimes, conflicts.size(), openEscalations, red);
    return new OverviewData(
        caller.requireTenantCode(),
        caller.getTenantName(),
        year,
        DutchFormat.date(LocalDate.now(clock)),
        summary,
        groups,
        quadrantRows,
        roleRows,
        conflicts,
        gaps,
        agreements,
        zienswijzen(year));
  }

  /** The zienswijzen received in the year, with their steps. Two queries. */
  private List<OverviewData.ZienswijzeEntry> zienswijzen(int year) {
    List<OverviewData.ZienswijzeEntry> entries = new ArrayList<>();
    Map<Long, ZienswijzeRow> rows = new HashMap<>();
    zienswijzen.ofYear(year).forEach(r -> rows.put(r.id(), r));
    for (Zienswijze z :
        em.createNamedQuery(Zienswijze.RECEIVED_BETWEEN, Zienswijze.class)
            .setParameter("from", LocalDate.of(year, 1, 1))
            .setParameter("to", LocalDate.of(year, 12, 31))
            .getResultList()) {
      ZienswijzeRow row = rows.get(z.getId());
      entries.add(
          new OverviewData.ZienswijzeEntry(
              z.getParty().getName(),
              text(z.getSubject()),
              z.getTitle(),
              DutchFormat.date(z.getReceivedOn()),
              row == null ? "" : DutchFormat.date(row.deadline().due()),
              row == null || row.deadline().lastCouncilMeeting() == null
                  ? ""
                  : DutchFormat.date(row.deadline().lastCouncilMeeting()),
              text(z.getStatus()),
              z.getProposal() == null ? "" : text(z.getProposal()),
              z.getProposalText() == null ? "" : z.getProposalText(),
              DutchFormat.date(z.getCouncilDecidedOn()),
              DutchFormat.date(z.getSentOn()),
              z.getAnswerText() == null
                  ? ""
                  : DutchFormat.date(z.getAnsweredOn()) + ": " + z.getAnswerText(),
              z.isEscalatedToGs()));
    }
    return entries;
  }

  private List<AgreementRow> agreements(int year) {
    List<Agreement> active =
        em.createQuery(
                "select distinct a from Agreement a join fetch a.party where a.status ="
                    + " nl.verbonden.agreements.entity.AgreementStatus.ACTIEF and a.startDate <= :to"
                    + " and a.endDate >= :from order by a.title",
                Agreement.class)
            .setParameter("from", LocalDate.of(year, 1, 1))
            .setParameter("to", LocalDate.of(year, 12, 31))
            // the indicators and their threshold versions in one IN query each: a join fetch of
            // the indicators left EclipseLink unable to batch-read their threshold versions
            // (EclipseLink-6169, "the original query was not configured to use IN batch fetching")
            .setHint("eclipselink.batch.type", "IN")
            .setHint("eclipselink.batch", "a.indicators")
            .setHint("eclipselink.batch", "a.indicators.thresholdVersions")
            .getResultList();
    Map<Long, Measurement> latest = new HashMap<>();
    for (Measurement m :
        em.createNamedQuery(Measurement.LATEST_OF_ACTIVE_AGREEMENTS, Measurement.class)
            .getResultList()) {
      latest.put(m.getIndicator().getId(), m);
    }
    Map<Long, List<String>> open = new HashMap<>();
    for (Escalation e : em.createNamedQuery(Escalation.OPEN, Escalation.class).getResultList()) {
      open.computeIfAbsent(e.getAgreement().getId(), k -> new ArrayList<>())
          .add(
              e.getIndicator().getName()
                  + ": trede "
                  + e.getLevel()
                  + " ("
                  + e.getLevelName()
                  + "), "
                  + e.getOurSide()
                  + " ↔ "
                  + e.getTheirSide()
                  + ", uiterlijk "
                  + DutchFormat.date(e.getDueBy()));
    }
    List<AgreementRow> rows = new ArrayList<>();
    for (Agreement a : active) {
      List<IndicatorRow> indicators = new ArrayList<>();
      List<TrafficLight> lights = new ArrayList<>();
      for (Indicator i : a.getIndicators()) {
        Measurement m = latest.get(i.getId());
        TrafficLight light = m == null ? TrafficLight.GREY : m.light();
        lights.add(light);
        indicators.add(
            new IndicatorRow(
                i.getName(),
                text(light),
                m == null
                    ? ""
                    : DutchFormat.number(m.getValue())
                        + (i.getUnit() == null ? "" : " " + i.getUnit())
                        + " ("
                        + m.getPeriodCode()
                        + ")"));
      }
      rows.add(
          new AgreementRow(
              a.getTitle(),
              a.getParty().getName(),
              text(TrafficLight.worst(lights)),
              indicators,
              open.getOrDefault(a.getId(), List.of())));
    }
    return rows;
  }

  private static PartyEntry entry(Party party, YearFigures f) {
    Interest interest = party.getInterest();
    StringBuilder governance = new StringBuilder();
    if (interest.isBoardSeat()) {
      governance.append("Zetel in het bestuur. ");
    }
    if (interest.isVotingRights()) {
      governance
          .append("Stemrecht")
          .append(
              interest.getVotingShare() == null
                  ? ""
                  : " (" + DutchFormat.percent(interest.getVotingShare()) + ")")
          .append(". ");
    }
    if (interest.getGovernanceDescription() != null) {
      governance.append(interest.getGovernanceDescription());
    }
    StringBuilder financial = new StringBuilder();
    if (interest.getAmountAtRisk() != null) {
      financial
          .append("Bedrag dat de gemeente kan verliezen: ")
          .append(DutchFormat.money(interest.getAmountAtRisk()))
          .append(". ");
    }
    if (interest.isLiable()) {
      financial.append("Aansprakelijk voor tekorten. ");
    }
    if (interest.getFinancialDescription() != null) {
      financial.append(interest.getFinancialDescription());
    }
    return new PartyEntry(
        party.getName(),
        party.getSeat(),
        text(party.getLegalForm()),
        party.getPublicInterest(),
        governance.toString().strip(),
        financial.toString().strip(),
        f == null
            ? "Geen cijfers over dit jaar"
            : text(f.getKind()) + " " + DutchFormat.year(f.getYear()),
        f == null ? null : f.getInterestStart(),
        f == null ? null : f.getInterestEnd(),
        f == null ? null : f.getEquityStart(),
        f == null ? null : f.getEquityEnd(),
        f == null ? null : f.getLiabilitiesStart(),
        f == null ? null : f.getLiabilitiesEnd(),
        f == null ? null : f.getResult(),
        party.getRisk().getNotes(),
        party.getRisk().getRegime() == null
            ? "Niet beoordeeld"
            : text(party.getRisk().getRegime()));
  }

  private static RoleRow roleRow(MatrixRow row) {
    String[] cells = new String[4];
    for (MunicipalRole role : MunicipalRole.values()) {
      MatrixRow.Cell cell = row.cell(role);
      cells[role.ordinal()] =
          cell.held() == null
              ? "Niet doorlopen"
              : cell.held()
                  ? "B: "
                      + (cell.bestuurlijk() == null ? "niemand" : cell.bestuurlijk())
                      + "; A: "
                      + (cell.ambtelijk() == null ? "niemand" : cell.ambtelijk())
                  : "Niet belegd: " + cell.reason();
    }
    return new RoleRow(
        row.party().name(), cells[0], cells[1], cells[2], cells[3], row.isConflict());
  }

  private static String findingText(Finding f) {
    return MessageBundle.text(
        MessageBundle.DUTCH,
        f.messageKey(),
        f.role() == null ? "" : text(f.role()),
        f.level() == null ? "" : text(f.level()),
        f.subject() == null ? "" : f.subject());
  }

  private static String text(Enum<?> value) {
    return PartyHistory.text(value);
  }
}
