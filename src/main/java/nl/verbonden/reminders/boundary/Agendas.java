package nl.verbonden.reminders.boundary;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.verbonden.agreements.boundary.Dashboard;
import nl.verbonden.agreements.boundary.Dashboards;
import nl.verbonden.agreements.control.DashboardQueries;
import nl.verbonden.agreements.control.DashboardQueries.ActiveIndicator;
import nl.verbonden.agreements.control.DashboardQueries.Measured;
import nl.verbonden.agreements.entity.Agreement;
import nl.verbonden.agreements.entity.MeasurementDue;
import nl.verbonden.agreements.entity.Period;
import nl.verbonden.cycle.boundary.ArrangementCalendar;
import nl.verbonden.cycle.boundary.CycleReads;
import nl.verbonden.cycle.boundary.ZienswijzeRow;
import nl.verbonden.cycle.entity.Deadline;
import nl.verbonden.register.control.PartyDeadlines;
import nl.verbonden.register.entity.ReassessmentDue;
import nl.verbonden.reminders.entity.AgendaItem;
import nl.verbonden.reminders.entity.AgendaKind;
import nl.verbonden.shared.control.DutchFormat;
import nl.verbonden.tenancy.entity.AppRole;

/**
 * A person's agenda: the dated items of their municipality that their role acts on, from {@code
 * today}'s late ones up to {@code until}, by day. Read on a persistence context that is already
 * bound to the municipality (by the caller's tenant scope, or by the reminder run and the calendar
 * feed for the person they serve). A fixed number of queries per agenda, whatever the register's
 * size.
 */
final class Agendas {

  private Agendas() {}

  /** The agenda of a person in {@code role}; empty for a beheerder, who has no municipality. */
  static List<AgendaItem> of(AppRole role, EntityManager em, LocalDate today, LocalDate until) {
    List<AgendaItem> items =
        switch (role) {
          case REGISSEUR -> regisseur(em, today, until);
          case RAADSLID -> raadslid(em, today, until);
          default -> List.of();
        };
    return items.stream()
        .sorted(Comparator.comparing(AgendaItem::due).thenComparing(AgendaItem::title))
        .toList();
  }

  private static List<AgendaItem> regisseur(EntityManager em, LocalDate today, LocalDate until) {
    List<AgendaItem> items = new ArrayList<>();
    items.addAll(wgr(em, today, until));
    CycleReads.openZienswijzen(em, today).stream()
        .filter(z -> z.deadline().due() != null && !z.deadline().due().isAfter(until))
        .map(Agendas::zienswijze)
        .forEach(items::add);
    Dashboard dashboard = Dashboards.of(em, today);
    dashboard.openEscalations().stream()
        .filter(e -> e.dueBy() != null && !e.dueBy().isAfter(until))
        .map(
            e ->
                new AgendaItem(
                    "escalation:" + e.id() + ":" + e.level(),
                    AgendaKind.ESCALATION,
                    e.agreementTitle(),
                    "agenda.escalation",
                    List.of(e.indicator(), e.level() + ". " + e.levelName(), e.party()),
                    e.dueBy(),
                    "/dvo/agreement.xhtml?id=" + e.agreementId()))
        .forEach(items::add);
    dashboard.agreements().stream()
        .filter(a -> a.endDate() != null)
        .filter(a -> !a.endDate().isBefore(today) && !a.endDate().isAfter(until))
        .map(
            a ->
                new AgendaItem(
                    "agreement-end:" + a.id() + ":" + a.endDate(),
                    AgendaKind.AGREEMENT_END,
                    a.title(),
                    "agenda.agreementEnd",
                    List.of(a.party()),
                    a.endDate(),
                    "/dvo/agreement.xhtml?id=" + a.id()))
        .forEach(items::add);
    items.addAll(measurements(em, today, until));
    for (ReassessmentDue r : PartyDeadlines.reassessmentsDueBy(em, until, today)) {
      items.add(
          new AgendaItem(
              "reassessment:" + r.id() + ":" + r.reassessBy(),
              AgendaKind.REASSESSMENT,
              r.name(),
              "agenda.reassessment",
              List.of(),
              r.reassessBy(),
              "/register/party.xhtml?id=" + r.id()));
    }
    return items;
  }

  private static List<AgendaItem> raadslid(EntityManager em, LocalDate today, LocalDate until) {
    return CycleReads.openZienswijzen(em, today).stream()
        .filter(z -> z.status().awaitsCouncil())
        .filter(z -> z.deadline().due() != null && !z.deadline().due().isAfter(until))
        .map(Agendas::zienswijze)
        .toList();
  }

  /** The open and late Wgr deadlines of this year and, when the horizon reaches it, the next. */
  private static List<AgendaItem> wgr(EntityManager em, LocalDate today, LocalDate until) {
    List<ArrangementCalendar> years =
        until.getYear() == today.getYear()
            ? CycleReads.calendar(em, today.getYear())
            : Stream.concat(
                    CycleReads.calendar(em, today.getYear()).stream(),
                    CycleReads.calendar(em, until.getYear()).stream())
                .toList();
    List<AgendaItem> items = new ArrayList<>();
    for (ArrangementCalendar a : years) {
      for (Deadline d : a.deadlines()) {
        Deadline.Status status = d.status(today);
        boolean open = status == Deadline.Status.OPEN && !d.due().isAfter(until);
        if (open || status == Deadline.Status.LATE) {
          items.add(
              new AgendaItem(
                  "wgr:" + a.partyId() + ":" + d.rule().name() + ":" + d.due(),
                  AgendaKind.WGR_DEADLINE,
                  a.partyName(),
                  "wgrRule." + d.rule().name(),
                  List.of(),
                  d.due(),
                  "/jaar/regeling.xhtml?partij=" + a.partyId() + "&jaar=" + d.due().getYear()));
        }
      }
    }
    return items;
  }

  /**
   * The values of active indicators that have not come in: the last completed period's (late once
   * its due date passed) and the running period's (due 30 days after it ends), when they fall
   * before {@code until}. Two queries.
   */
  private static List<AgendaItem> measurements(EntityManager em, LocalDate today, LocalDate until) {
    List<ActiveIndicator> indicators = DashboardQueries.activeIndicators(em);
    Set<String> codes = new HashSet<>(MeasurementDue.lastCompletedPeriods(today));
    for (ActiveIndicator i : indicators) {
      codes.add(Period.containing(i.frequency(), today).code());
    }
    Set<Measured> measured = DashboardQueries.measuredInActiveAgreements(em, List.copyOf(codes));
    List<AgendaItem> items = new ArrayList<>();
    for (ActiveIndicator i : indicators) {
      Period running = Period.containing(i.frequency(), today);
      for (Period period : List.of(running.previous(), running)) {
        MeasurementDue due = MeasurementDue.of(period);
        if (!due.dueOn().isAfter(until)
            && Agreement.covers(i.agreementStart(), i.agreementEnd(), period)
            && !measured.contains(new Measured(i.id(), period.code()))) {
          items.add(
              new AgendaItem(
                  "measurement:" + i.id() + ":" + period.code(),
                  AgendaKind.MEASUREMENT,
                  i.agreementTitle(),
                  "agenda.measurement",
                  List.of(i.name(), period.code()),
                  due.dueOn(),
                  "/dvo/agreement.xhtml?id=" + i.agreementId()));
        }
      }
    }
    return items;
  }

  private static AgendaItem zienswijze(ZienswijzeRow z) {
    LocalDate council = z.deadline().lastCouncilMeeting();
    return new AgendaItem(
        "zienswijze:" + z.id() + ":" + z.deadline().due(),
        AgendaKind.ZIENSWIJZE,
        z.title(),
        council == null ? "agenda.zienswijze.noCouncil" : "agenda.zienswijze",
        council == null
            ? List.of(z.partyName())
            : List.of(z.partyName(), DutchFormat.date(council)),
        z.deadline().due(),
        "/jaar/zienswijze.xhtml?id=" + z.id());
  }
}
