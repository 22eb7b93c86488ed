package nl.verbonden.reminders.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.verbonden.reminders.control.DigestMail;
import nl.verbonden.reminders.control.MailSender;
import nl.verbonden.reminders.entity.AgendaItem;
import nl.verbonden.reminders.entity.Digest;
import nl.verbonden.reminders.entity.DigestLine;
import nl.verbonden.reminders.entity.MailStatus;
import nl.verbonden.reminders.entity.ReminderMail;
import nl.verbonden.reminders.entity.ReminderRun;
import nl.verbonden.tenancy.entity.AppRole;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reminder mail: every morning at 6:30 (Amsterdam) an EJB timer on every server, and a
 * beheerder can also start a run by hand. With two servers both run; the stamps in the database
 * make every mail go once (docs/decisions/0017: the persistent timer failed to create its tables on
 * PostgreSQL and is left for the cluster issue). Each run mails everyone whose digest is due that
 * day the items not mailed to them before in their present stage, and stamps them: never twice,
 * whatever runs again.
 */
@Stateless
public class ReminderRunService {

  private static final Logger LOG = Logger.getLogger(ReminderRunService.class.getName());

  /** A mail stored this long ago and still not handed over belongs to an interrupted run. */
  static final Duration INTERRUPTED_AFTER = Duration.ofMinutes(10);

  /** The runs and mails the beheerder's page lists. */
  static final int SHOWN = 20;

  /** A daily timer that did not run for this long needs the beheerder's attention. */
  static final Duration STALE_AFTER = Duration.ofHours(36);

  @EJB private ReminderDigests digests;
  @Inject private MailSender sender;
  @Inject private Clock clock;
  @Resource private TimerService timers;
  @PersistenceContext private EntityManager em;

  @Inject
  @ConfigProperty(name = "verbonden.base.url", defaultValue = "http://localhost:9080")
  private String baseUrl;

  @Schedule(
      hour = "6",
      minute = "30",
      timezone = "Europe/Amsterdam",
      persistent = false,
      info = "Herinneringen")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void daily(Timer timer) {
    RunResult result = run(ReminderRun.Trigger.TIMER);
    LOG.info(() -> "Reminder run: " + result);
  }

  /** Runs the reminder mail now, as the timer would. */
  @RolesAllowed(AppRole.Names.BEHEERDER)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public RunResult runNow() {
    return run(ReminderRun.Trigger.HAND);
  }

  /** How the reminder mail stands, for the beheerder. */
  @RolesAllowed(AppRole.Names.BEHEERDER)
  public ReminderState state() {
    Instant now = clock.instant();
    Map<MailStatus, Long> lastWeek = new EnumMap<>(MailStatus.class);
    for (Object[] row :
        em.createNamedQuery(ReminderMail.COUNT_SINCE, Object[].class)
            .setParameter("since", now.minus(Duration.ofDays(7)))
            .getResultList()) {
      lastWeek.put((MailStatus) row[0], (Long) row[1]);
    }
    List<ReminderRun> runs =
        em.createNamedQuery(ReminderRun.RECENT, ReminderRun.class)
            .setMaxResults(SHOWN)
            .getResultList();
    Instant lastTimerRun =
        em.createQuery(
                "select max(r.startedAt) from ReminderRun r where r.trigger = :timer",
                Instant.class)
            .setParameter("timer", ReminderRun.Trigger.TIMER)
            .getSingleResult();
    Instant next =
        timers.getTimers().stream()
            .map(t -> t.getNextTimeout().toInstant())
            .min(Instant::compareTo)
            .orElse(null);
    return new ReminderState(
        sender.configured(),
        sender.server(),
        next,
        lastTimerRun,
        lastTimerRun != null && Duration.between(lastTimerRun, now).compareTo(STALE_AFTER) > 0,
        digests.recipients().size(),
        digests.withoutAddress(),
        lastWeek,
        runs,
        em
            .createNamedQuery(ReminderMail.RECENT, ReminderMail.class)
            .setMaxResults(SHOWN)
            .getResultList()
            .stream()
            .map(ReminderState.MailRow::of)
            .toList());
  }

  private RunResult run(ReminderRun.Trigger trigger) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    Long runId = digests.startRun(trigger, now);
    List<Recipient> due =
        digests.recipients().stream()
            .filter(r -> r.email() != null && !r.email().isBlank())
            .filter(r -> r.frequency().sendsOn(today))
            .filter(r -> r.role() == AppRole.REGISSEUR || r.role() == AppRole.RAADSLID)
            .toList();
    Map<Long, String> toSend = new LinkedHashMap<>();
    for (ReminderMail stale : digests.interrupted(now.minus(INTERRUPTED_AFTER))) {
      toSend.put(stale.getId(), stale.getRecipient());
    }
    Map<Long, DigestMail.Composed> composed = new LinkedHashMap<>();
    int skipped = 0;
    Map<String, List<Recipient>> groups =
        due.stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.tenantCode() + "/" + r.role(), LinkedHashMap::new, Collectors.toList()));
    for (List<Recipient> group : groups.values()) {
      Recipient first = group.get(0);
      int horizon = group.stream().mapToInt(Recipient::horizonDays).max().orElse(0);
      List<AgendaItem> agenda =
          digests.agenda(first.tenantCode(), first.role(), today, today.plusDays(horizon));
      Map<Long, Set<String>> stamps =
          digests.stamps(group.stream().map(Recipient::accountId).toList());
      for (Recipient person : group) {
        List<DigestLine> lines =
            Digest.select(
                agenda,
                stamps.getOrDefault(person.accountId(), Set.of()),
                today,
                person.horizonDays());
        if (lines.isEmpty()) {
          continue;
        }
        DigestMail.Composed mail =
            DigestMail.compose(
                new DigestMail.Recipient(
                    person.name(), person.tenantName(), person.language(), person.horizonDays()),
                lines,
                today,
                base());
        try {
          Long id = digests.store(person, mail, lines, now);
          toSend.put(id, person.email());
          composed.put(id, mail);
        } catch (EJBException alreadyStamped) {
          // Another run (on this server or the other) stamped these items first: it sends them.
          skipped++;
          LOG.log(
              Level.FINE,
              "Digest for account " + person.accountId() + " already stamped",
              alreadyStamped);
        }
      }
    }
    int sent = 0;
    int notSent = 0;
    int failed = 0;
    for (Map.Entry<Long, String> mail : toSend.entrySet()) {
      DigestMail.Composed content = composed.get(mail.getKey());
      if (content == null) {
        content = reread(mail.getKey());
      }
      try {
        if (sender.send(mail.getValue(), content) == MailSender.Outcome.SENT) {
          digests.outcome(mail.getKey(), MailStatus.SENT, null, clock.instant());
          sent++;
        } else {
          digests.outcome(mail.getKey(), MailStatus.NOT_SENT, null, clock.instant());
          notSent++;
        }
      } catch (MessagingException | RuntimeException e) {
        LOG.log(Level.WARNING, "Reminder mail " + mail.getKey() + " not sent", e);
        digests.outcome(mail.getKey(), MailStatus.FAILED, e.getMessage(), clock.instant());
        failed++;
      }
    }
    ReminderRun run =
        digests.finishRun(
            runId, due.size(), composed.size(), sent, notSent, failed, clock.instant());
    return new RunResult(run.getId(), due.size(), composed.size(), skipped, sent, notSent, failed);
  }

  private DigestMail.Composed reread(Long mailId) {
    ReminderMail m = em.find(ReminderMail.class, mailId);
    return new DigestMail.Composed(m.getSubject(), m.getText(), m.getHtml());
  }

  private String base() {
    return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** What a run did. */
  public record RunResult(
      Long runId, int people, int composed, int alreadyStamped, int sent, int notSent, int failed)
      implements java.io.Serializable {}
}
