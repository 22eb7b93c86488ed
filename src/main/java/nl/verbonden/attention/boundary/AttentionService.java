package nl.verbonden.attention.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.verbonden.agreements.boundary.AgreementDashboardService;
import nl.verbonden.agreements.boundary.Dashboard;
import nl.verbonden.attention.entity.Attention;
import nl.verbonden.attention.entity.AttentionGroup;
import nl.verbonden.attention.entity.AttentionItem;
import nl.verbonden.cycle.boundary.ArrangementCalendar;
import nl.verbonden.cycle.boundary.CycleService;
import nl.verbonden.cycle.boundary.ZienswijzeRow;
import nl.verbonden.cycle.boundary.ZienswijzeService;
import nl.verbonden.cycle.entity.Deadline;
import nl.verbonden.cycle.entity.WgrClause;
import nl.verbonden.overviews.boundary.OverviewService;
import nl.verbonden.register.boundary.PartyService;
import nl.verbonden.reminders.boundary.ReminderRunService;
import nl.verbonden.reminders.boundary.ReminderState;
import nl.verbonden.roles.boundary.RoleService;
import nl.verbonden.roles.entity.Finding;
import nl.verbonden.roles.entity.FindingKind;
import nl.verbonden.shared.control.ApplicationClock;
import nl.verbonden.shared.control.DutchFormat;
import nl.verbonden.tenancy.boundary.SecurityEventService;
import nl.verbonden.tenancy.boundary.TenantService;
import nl.verbonden.tenancy.boundary.UserAccountService;
import nl.verbonden.tenancy.control.SecurityEventFilter;
import nl.verbonden.tenancy.entity.AppRole;
import nl.verbonden.tenancy.entity.SecurityEventKind;
import nl.verbonden.tenancy.entity.Tenant;
import nl.verbonden.tenancy.entity.UserAccount;

/**
 * What needs the caller's attention, per role, gathered from the services that own the data (each
 * checks role and municipality itself). A fixed number of queries per call, whatever the size of
 * the register.
 */
@Stateless
public class AttentionService {

  /** Escalations due within this many days show up before they are late. */
  static final int ESCALATION_DAYS = 14;

  /** Risk re-assessments due within this many days show up before they are late. */
  static final int REASSESSMENT_DAYS = 30;

  /** Wgr deadlines and zienswijzen within this many days show up. */
  static final int CYCLE_DAYS = 42;

  /** Overviews published this many days ago or less are new to a council member. */
  static final int NEW_OVERVIEW_DAYS = 30;

  @Inject private Clock clock;
  @Inject private AgreementDashboardService agreements;
  @Inject private PartyService parties;
  @Inject private RoleService roles;
  @Inject private CycleService cycle;
  @Inject private ZienswijzeService zienswijzen;
  @Inject private OverviewService overviews;
  @Inject private TenantService tenants;
  @Inject private UserAccountService accounts;
  @Inject private SecurityEventService security;
  @Inject private ReminderRunService reminders;

  /** Failed logins and lockouts of this many days show up for the beheerder. */
  static final int SECURITY_DAYS = 7;

  /**
   * A regisseur's: escalations overdue and due soon, overdue measurements, risk re-assessments late
   * or due within 30 days, holders whose term ended, unjustified role conflicts, parties not walked
   * through, agreements ending within 90 days, Wgr deadlines and zienswijzen of the next six weeks
   * (and the late ones).
   */
  @RolesAllowed(AppRole.Names.REGISSEUR)
  public Attention forRegisseur() {
    LocalDate today = LocalDate.now(clock);
    Dashboard dashboard = agreements.dashboard();
    List<Finding> findings = roles.findings();
    return new Attention(
        List.of(
            new AttentionGroup(
                "attention.escalations",
                dashboard.openEscalations().stream()
                    .filter(e -> e.overdue() || !e.dueBy().isAfter(today.plusDays(ESCALATION_DAYS)))
                    .sorted(Comparator.comparing(Dashboard.OpenEscalation::dueBy))
                    .map(
                        e ->
                            new AttentionItem(
                                e.agreementTitle(),
                                "attention.escalation",
                                List.of(e.indicator(), e.level() + ". " + e.levelName(), e.party()),
                                e.dueBy(),
                                e.overdue(),
                                agreement(e.agreementId())))
                    .toList(),
                "/dvo/index.xhtml"),
            new AttentionGroup(
                "attention.measurements",
                dashboard.overdue().stream()
                    .map(
                        m ->
                            new AttentionItem(
                                m.agreementTitle(),
                                "attention.measurement",
                                List.of(m.indicator(), m.period()),
                                m.dueOn(),
                                true,
                                agreement(m.agreementId())))
                    .toList(),
                "/dvo/index.xhtml"),
            new AttentionGroup(
                "attention.reassessments",
                parties.reassessmentsDueBy(today.plusDays(REASSESSMENT_DAYS)).stream()
                    .map(
                        r ->
                            new AttentionItem(
                                r.name(),
                                "attention.reassessment",
                                List.of(),
                                r.reassessBy(),
                                r.reassessBy().isBefore(today),
                                "/register/party.xhtml?id=" + r.id()))
                    .toList(),
                "/register/parties.xhtml"),
            findings(
                "attention.termsEnded",
                findings,
                f -> f.kind() == FindingKind.TERM_ENDED,
                "attention.termEnded",
                true),
            findings(
                "attention.conflicts",
                findings,
                f -> f.isConflict() && !f.isJustified(),
                "attention.conflict",
                true),
            findings(
                "attention.notWalkedThrough",
                findings,
                f -> f.kind() == FindingKind.NOT_WALKED_THROUGH,
                "attention.notWalked",
                false),
            new AttentionGroup(
                "attention.ending",
                dashboard.endingSoon().stream()
                    .map(
                        a ->
                            new AttentionItem(
                                a.title(),
                                "attention.endingOn",
                                List.of(a.party()),
                                a.endDate(),
                                false,
                                agreement(a.id())))
                    .toList(),
                "/dvo/index.xhtml"),
            new AttentionGroup("attention.deadlines", deadlines(today), "/jaar/index.xhtml"),
            new AttentionGroup(
                "attention.clauses",
                cycle.missingClauses().stream()
                    .map(
                        c ->
                            new AttentionItem(
                                c.partyName(),
                                "attention.clausesMissing",
                                List.of(
                                    String.valueOf(c.missing().size()),
                                    String.valueOf(WgrClause.values().length)),
                                null,
                                false,
                                "/jaar/regeling.xhtml?partij=" + c.partyId() + "#bepalingen"))
                    .toList(),
                "/jaar/index.xhtml"),
            new AttentionGroup(
                "attention.zienswijzen",
                zienswijzen.open().stream()
                    .filter(
                        z ->
                            z.late()
                                || (z.deadline().due() != null
                                    && !z.deadline().due().isAfter(today.plusDays(CYCLE_DAYS))))
                    .map(AttentionService::zienswijze)
                    .toList(),
                "/jaar/index.xhtml")));
  }

  /**
   * A council member's: zienswijzen the council must still decide on, with the last council meeting
   * before each deadline, and overviews published in the last 30 days.
   */
  @RolesAllowed(AppRole.Names.RAADSLID)
  public Attention forRaadslid() {
    LocalDate today = LocalDate.now(clock);
    LocalDate since = today.minusDays(NEW_OVERVIEW_DAYS);
    return new Attention(
        List.of(
            new AttentionGroup(
                "attention.council",
                zienswijzen.open().stream()
                    .filter(z -> z.status().awaitsCouncil())
                    .map(AttentionService::zienswijze)
                    .toList(),
                "/jaar/index.xhtml"),
            new AttentionGroup(
                "attention.published",
                overviews.published().stream()
                    .filter(
                        o ->
                            !o.publishedAt()
                                .atZone(ApplicationClock.AMSTERDAM)
                                .toLocalDate()
                                .isBefore(since))
                    .map(
                        o ->
                            new AttentionItem(
                                String.valueOf(o.year()),
                                "attention.publishedVersion",
                                List.of(String.valueOf(o.versionNumber()), o.publishedBy()),
                                o.publishedAt().atZone(ApplicationClock.AMSTERDAM).toLocalDate(),
                                false,
                                "/overzichten/index.xhtml"))
                    .toList(),
                "/overzichten/index.xhtml")));
  }

  /**
   * A beheerder's: active municipalities without an active regisseur (nobody can keep their
   * register), active accounts of deactivated municipalities (they can no longer work), lockouts
   * and failed logins of the last seven days.
   */
  @RolesAllowed(AppRole.Names.BEHEERDER)
  public Attention forBeheerder() {
    LocalDate today = LocalDate.now(clock);
    SecurityEventFilter lockouts = new SecurityEventFilter();
    lockouts.setKind(SecurityEventKind.LOCKOUT);
    lockouts.setFrom(today.minusDays(SECURITY_DAYS));
    SecurityEventFilter failed = new SecurityEventFilter();
    failed.setKind(SecurityEventKind.LOGIN_FAILED);
    failed.setFrom(today.minusDays(SECURITY_DAYS));
    long failures = security.count(failed);
    List<UserAccount> all = accounts.list();
    Set<String> withRegisseur =
        all.stream()
            .filter(a -> a.isActive() && a.getRole() == AppRole.REGISSEUR && a.getTenant() != null)
            .map(a -> a.getTenant().getCode())
            .collect(Collectors.toSet());
    return new Attention(
        List.of(
            new AttentionGroup(
                "attention.tenantsWithoutRegisseur",
                tenants.list().stream()
                    .filter(Tenant::isActive)
                    .filter(t -> !withRegisseur.contains(t.getCode()))
                    .map(
                        t ->
                            new AttentionItem(
                                t.getName(),
                                "attention.noRegisseur",
                                List.of(t.getCode()),
                                null,
                                false,
                                "/beheer/tenant.xhtml?id=" + t.getId()))
                    .toList(),
                "/beheer/tenants.xhtml"),
            new AttentionGroup(
                "attention.accountsOfInactiveTenants",
                all.stream()
                    .filter(a -> a.isActive() && a.getTenant() != null && !a.getTenant().isActive())
                    .map(
                        a ->
                            new AttentionItem(
                                a.getDisplayName(),
                                "attention.inactiveTenant",
                                List.of(a.getLoginName(), a.getTenant().getName()),
                                null,
                                false,
                                "/beheer/account.xhtml?id=" + a.getId()))
                    .toList(),
                "/beheer/accounts.xhtml"),
            new AttentionGroup(
                "attention.lockouts",
                security.search(lockouts, 0, 50).stream()
                    .map(
                        e ->
                            new AttentionItem(
                                e.getLoginName(),
                                "attention.lockout",
                                List.of(e.getAddress() == null ? "" : e.getAddress()),
                                e.getOccurredAt().atZone(ApplicationClock.AMSTERDAM).toLocalDate(),
                                false,
                                "/beheer/beveiliging.xhtml"))
                    .toList(),
                "/beheer/beveiliging.xhtml"),
            new AttentionGroup(
                "attention.failedLogins",
                failures == 0
                    ? List.of()
                    : List.of(
                        new AttentionItem(
                            String.valueOf(failures),
                            "attention.failedCount",
                            List.of(String.valueOf(SECURITY_DAYS)),
                            null,
                            false,
                            "/beheer/beveiliging.xhtml")),
                "/beheer/beveiliging.xhtml"),
            new AttentionGroup(
                "attention.reminderMail", reminderMail(reminders.state()), REMINDERS)));
  }

  private static final String REMINDERS = "/beheer/herinneringen.xhtml";

  /**
   * What is wrong with the reminder mail: no mail server while people chose reminders, mails that
   * failed, a daily run that stopped, people without an address.
   */
  private static List<AttentionItem> reminderMail(ReminderState state) {
    List<AttentionItem> items = new ArrayList<>();
    if (!state.mailServerConfigured() && state.people() > 0) {
      items.add(
          new AttentionItem(
              String.valueOf(state.people()),
              "attention.reminder.noServer",
              List.of(),
              null,
              false,
              REMINDERS));
    }
    if (state.getFailedLastWeek() > 0) {
      items.add(
          new AttentionItem(
              String.valueOf(state.getFailedLastWeek()),
              "attention.reminder.failed",
              List.of(),
              null,
              true,
              REMINDERS));
    }
    if (state.stale()) {
      items.add(
          new AttentionItem(
              DutchFormat.dateTime(state.lastTimerRun()),
              "attention.reminder.stale",
              List.of(),
              null,
              true,
              REMINDERS));
    }
    if (state.withoutAddress() > 0) {
      items.add(
          new AttentionItem(
              String.valueOf(state.withoutAddress()),
              "attention.reminder.withoutAddress",
              List.of(),
              null,
              false,
              REMINDERS));
    }
    return items;
  }

  /**
   * This year's (and, near its end, next year's) open deadlines of the next six weeks and the late.
   */
  private List<AttentionItem> deadlines(LocalDate today) {
    LocalDate horizon = today.plusDays(CYCLE_DAYS);
    List<ArrangementCalendar> years =
        horizon.getYear() == today.getYear()
            ? cycle.calendar(today.getYear())
            : Stream.concat(
                    cycle.calendar(today.getYear()).stream(),
                    cycle.calendar(horizon.getYear()).stream())
                .toList();
    List<AttentionItem> items = new ArrayList<>();
    for (ArrangementCalendar a : years) {
      for (Deadline d : a.deadlines()) {
        Deadline.Status status = d.status(today);
        boolean soon = status == Deadline.Status.OPEN && !d.due().isAfter(horizon);
        if (soon || status == Deadline.Status.LATE) {
          items.add(
              new AttentionItem(
                  a.partyName(),
                  "wgrRule." + d.rule().name(),
                  List.of(),
                  d.due(),
                  status == Deadline.Status.LATE,
                  "/jaar/regeling.xhtml?partij=" + a.partyId() + "&jaar=" + d.due().getYear()));
        }
      }
    }
    items.sort(Comparator.comparing(AttentionItem::date));
    return items;
  }

  private static AttentionGroup findings(
      String key,
      List<Finding> all,
      java.util.function.Predicate<Finding> which,
      String noteKey,
      boolean withSubject) {
    return new AttentionGroup(
        key,
        all.stream()
            .filter(which)
            .map(
                f ->
                    new AttentionItem(
                        f.party().name(),
                        noteKey,
                        withSubject && f.subject() != null ? List.of(f.subject()) : List.of(),
                        null,
                        false,
                        f.kind() == FindingKind.NOT_WALKED_THROUGH
                            ? "/rollen/doorloop.xhtml?partij=" + f.party().id()
                            : "/register/party.xhtml?id=" + f.party().id() + "&tab=rollen"))
            .toList(),
        "/rollen/bevindingen.xhtml");
  }

  private static AttentionItem zienswijze(ZienswijzeRow z) {
    LocalDate council = z.deadline().lastCouncilMeeting();
    return new AttentionItem(
        z.title(),
        council == null ? "attention.zienswijze.noCouncil" : "attention.zienswijze",
        council == null
            ? List.of(z.partyName())
            : List.of(z.partyName(), DutchFormat.date(council)),
        z.deadline().due(),
        z.late(),
        "/jaar/zienswijze.xhtml?id=" + z.id());
  }

  private static String agreement(Long id) {
    return "/dvo/agreement.xhtml?id=" + id;
  }
}
