package nl.verbonden.reminders.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.verbonden.reminders.control.DigestMail;
import nl.verbonden.reminders.entity.AgendaItem;
import nl.verbonden.reminders.entity.Digest;
import nl.verbonden.reminders.entity.DigestFrequency;
import nl.verbonden.reminders.entity.DigestLine;
import nl.verbonden.reminders.entity.MailStatus;
import nl.verbonden.reminders.entity.ReminderMail;
import nl.verbonden.reminders.entity.ReminderRun;
import nl.verbonden.reminders.entity.ReminderStamp;
import nl.verbonden.tenancy.control.SystemTenantScope;
import nl.verbonden.tenancy.entity.AppRole;

/**
 * The reminder run's steps, each in a transaction of its own, so that one person's digest is stored
 * with its stamps or not at all, and a mail's outcome is recorded whatever happens to the next one.
 * Internal to the reminders: it has no caller to check (the run is the server's own), so only the
 * reminder run and the calendar feed use it; ArchitectureTest keeps everyone else out.
 */
@Stateless
@PermitAll
public class ReminderDigests {

  @PersistenceContext private EntityManager em;

  /** Everyone with an active account of an active municipality who chose a digest. One query. */
  public List<Recipient> recipients() {
    return em.createQuery(
            "select new nl.verbonden.reminders.boundary.Recipient(a.id, a.loginName,"
                + " a.displayName, a.email, a.role, t.code, t.name, s.frequency, s.horizonDays,"
                + " s.language) from ReminderSetting s, UserAccount a join a.tenant t"
                + " where a.id = s.accountId and s.frequency <> :none and a.active = true"
                + " and t.active = true"
                + " order by t.code, a.id",
            Recipient.class)
        .setParameter("none", DigestFrequency.NONE)
        .getResultList();
  }

  /** People who chose a digest but have no e-mail address: they get nothing. */
  public long withoutAddress() {
    return em.createQuery(
            "select count(a) from ReminderSetting s, UserAccount a where a.id = s.accountId"
                + " and s.frequency <> :none and a.active = true"
                + " and (a.email is null or a.email = '')",
            Long.class)
        .setParameter("none", DigestFrequency.NONE)
        .getSingleResult();
  }

  /** The agenda of a role in a municipality, read in a persistence context bound to it. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<AgendaItem> agenda(
      String tenantCode, AppRole role, LocalDate today, LocalDate until) {
    SystemTenantScope.bind(em, tenantCode);
    return Agendas.of(role, em, today, until);
  }

  /** What was already mailed to these people, per account. One query. */
  public Map<Long, Set<String>> stamps(Collection<Long> accountIds) {
    Map<Long, Set<String>> stamps = new HashMap<>();
    if (accountIds.isEmpty()) {
      return stamps;
    }
    for (Object[] row :
        em.createQuery(
                "select s.accountId, s.stamp from ReminderStamp s where s.accountId in :ids",
                Object[].class)
            .setParameter("ids", List.copyOf(accountIds))
            .getResultList()) {
      stamps.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((String) row[1]);
    }
    return stamps;
  }

  /**
   * Stores a digest and stamps its items, all or nothing.
   *
   * @return the stored mail's id
   * @throws jakarta.persistence.PersistenceException (as the transaction's rollback) when another
   *     run stamped one of the items first: then this digest is not stored and must not be sent
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Long store(Recipient to, DigestMail.Composed mail, List<DigestLine> lines, Instant now) {
    ReminderMail stored =
        new ReminderMail(
            to.accountId(),
            to.tenantCode(),
            to.email(),
            mail.subject(),
            mail.text(),
            mail.html(),
            lines.size(),
            now);
    em.persist(stored);
    em.flush();
    for (DigestLine line : lines) {
      em.persist(
          new ReminderStamp(
              to.accountId(), Digest.stamp(line.item(), line.stage()), stored.getId(), now));
    }
    em.flush();
    return stored.getId();
  }

  /** Records what became of a mail. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void outcome(Long mailId, MailStatus status, String error, Instant at) {
    ReminderMail mail = em.find(ReminderMail.class, mailId);
    switch (status) {
      case SENT -> mail.sent(at);
      case NOT_SENT -> mail.notSent();
      case FAILED -> mail.failed(error);
      default -> throw new IllegalArgumentException(status.name());
    }
  }

  /** Mails stored but not handed over before {@code before}: their run was interrupted. */
  public List<ReminderMail> interrupted(Instant before) {
    return em.createQuery(
            "select m from ReminderMail m where m.status = :pending and m.createdAt < :before"
                + " order by m.id",
            ReminderMail.class)
        .setParameter("pending", MailStatus.PENDING)
        .setParameter("before", before)
        .getResultList();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Long startRun(ReminderRun.Trigger trigger, Instant at) {
    ReminderRun run = new ReminderRun(trigger, at);
    em.persist(run);
    em.flush();
    return run.getId();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public ReminderRun finishRun(
      Long runId, int people, int composed, int sent, int notSent, int failed, Instant at) {
    ReminderRun run = em.find(ReminderRun.class, runId);
    run.finish(people, composed, sent, notSent, failed, at);
    return run;
  }
}
