package nl.verbonden.reminders.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.verbonden.reminders.entity.AgendaItem;
import nl.verbonden.reminders.entity.AgendaLine;
import nl.verbonden.reminders.entity.Digest;
import nl.verbonden.reminders.entity.DigestFrequency;
import nl.verbonden.reminders.entity.FeedToken;
import nl.verbonden.reminders.entity.ReminderMail;
import nl.verbonden.reminders.entity.ReminderSetting;
import nl.verbonden.reminders.entity.ReminderStamp;
import nl.verbonden.shared.control.Entities;
import nl.verbonden.shared.entity.StaleEditException;
import nl.verbonden.tenancy.control.Caller;
import nl.verbonden.tenancy.control.TenantScope;
import nl.verbonden.tenancy.entity.AppRole;
import nl.verbonden.tenancy.entity.UserAccount;

/**
 * A regisseur's or council member's own reminders: their choice of digest, what the next digest
 * would hold, the mails they were sent, and the secret address of their calendar feed. Everything
 * here is the caller's own; nobody reads or changes another person's.
 */
@Stateless
@RolesAllowed({AppRole.Names.REGISSEUR, AppRole.Names.RAADSLID})
@Interceptors(TenantScope.class)
public class ReminderService {

  /** How far ahead the feed and the agenda page look, in days. */
  public static final int AGENDA_DAYS = 366;

  /** How many of the caller's mails their page lists. */
  static final int MAILS_SHOWN = 10;

  @PersistenceContext private EntityManager em;
  @Inject private Caller caller;
  @Inject private Clock clock;

  public MySettings settings() {
    UserAccount me = me();
    return MySettings.of(setting(me), me.getEmail());
  }

  /**
   * Saves the caller's choice, unless they changed it elsewhere since it was loaded.
   *
   * @param version what {@link #settings()} gave, -1 when there was no choice yet
   * @throws nl.verbonden.shared.entity.DomainException at the field that is out of range
   * @throws StaleEditException when it was changed in the meantime
   */
  public MySettings save(
      DigestFrequency frequency, int horizonDays, String language, long version) {
    UserAccount me = me();
    ReminderSetting setting = stored(me);
    if (setting == null) {
      if (version != -1) {
        throw new StaleEditException(ReminderSetting.class, me.getId());
      }
      setting = new ReminderSetting(me.getId());
      setting.choose(frequency, horizonDays, language);
      em.persist(setting);
      Entities.flush(em, ReminderSetting.class, null);
    } else {
      setting = Entities.findForEdit(em, ReminderSetting.class, setting.getId(), version);
      setting.choose(frequency, horizonDays, language);
      Entities.flush(em, ReminderSetting.class, setting.getId());
    }
    return MySettings.of(setting, me.getEmail());
  }

  /**
   * The caller's agenda within their horizon (and what is late), each item marked whether it was
   * already mailed in its present stage: the unmarked ones are what the next digest would hold.
   */
  public List<AgendaLine> preview() {
    UserAccount me = me();
    ReminderSetting setting = setting(me);
    LocalDate today = LocalDate.now(clock);
    Set<String> stamped =
        new HashSet<>(
            em.createNamedQuery(ReminderStamp.OF_ACCOUNT, String.class)
                .setParameter("account", me.getId())
                .getResultList());
    return Digest.lines(
        Agendas.of(me.getRole(), em, today, today.plusDays(setting.getHorizonDays())),
        stamped,
        today,
        setting.getHorizonDays());
  }

  /** The caller's agenda for the coming year (and what is late): what their feed shows. */
  public List<AgendaItem> agenda() {
    LocalDate today = LocalDate.now(clock);
    return Agendas.of(me().getRole(), em, today, today.plusDays(AGENDA_DAYS));
  }

  /** The last mails sent to the caller, newest first. */
  public List<MyMail> myMails() {
    return em
        .createNamedQuery(ReminderMail.OF_ACCOUNT, ReminderMail.class)
        .setParameter("account", me().getId())
        .setMaxResults(MAILS_SHOWN)
        .getResultList()
        .stream()
        .map(m -> new MyMail(m.getCreatedAt(), m.getSubject(), m.getStatus(), m.getText()))
        .toList();
  }

  /** A mail to the caller: when, what, what became of it, and its text (their own data). */
  public record MyMail(
      java.time.Instant createdAt,
      String subject,
      nl.verbonden.reminders.entity.MailStatus status,
      String text)
      implements java.io.Serializable {}

  /**
   * Makes a new secret address for the caller's calendar feed; a former one stops working.
   *
   * @return the secret, which is not stored and cannot be shown again
   */
  public String newFeed() {
    UserAccount me = me();
    ReminderSetting setting = stored(me);
    if (setting == null) {
      setting = new ReminderSetting(me.getId());
      em.persist(setting);
    }
    String token = FeedToken.generate();
    setting.feed(FeedToken.hash(token), clock.instant());
    Entities.flush(em, ReminderSetting.class, setting.getId());
    return token;
  }

  /** Stops the caller's calendar feed. */
  public void revokeFeed() {
    ReminderSetting setting = stored(me());
    if (setting != null) {
      setting.feed(null, clock.instant());
      Entities.flush(em, ReminderSetting.class, setting.getId());
    }
  }

  private UserAccount me() {
    return em.createNamedQuery(UserAccount.BY_LOGIN, UserAccount.class)
        .setParameter("login", caller.getLoginName())
        .getSingleResult();
  }

  private ReminderSetting stored(UserAccount me) {
    return em.createNamedQuery(ReminderSetting.OF_ACCOUNT, ReminderSetting.class)
        .setParameter("account", me.getId())
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private ReminderSetting setting(UserAccount me) {
    ReminderSetting stored = stored(me);
    return stored != null ? stored : new ReminderSetting(me.getId());
  }
}
