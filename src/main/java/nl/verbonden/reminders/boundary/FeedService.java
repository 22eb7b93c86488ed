package nl.verbonden.reminders.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.verbonden.reminders.entity.AgendaItem;
import nl.verbonden.reminders.entity.FeedToken;
import nl.verbonden.reminders.entity.ReminderSetting;
import nl.verbonden.tenancy.entity.AppRole;
import nl.verbonden.tenancy.entity.UserAccount;

/**
 * The calendar feed behind a secret address: whoever holds the secret reads the agenda of the one
 * person it was made for, and nothing else. A secret that is malformed, unknown, revoked, or of an
 * account or municipality that is no longer active gives nothing at all (the same answer for each,
 * so that a guesser learns nothing).
 */
@Stateless
@PermitAll
public class FeedService {

  @PersistenceContext private EntityManager em;
  @EJB private ReminderDigests digests;
  @Inject private Clock clock;

  /** A feed: whose calendar it is, in which language, and its items. */
  public record Feed(String name, String language, List<AgendaItem> items) {}

  public Optional<Feed> feed(String token) {
    if (!FeedToken.wellFormed(token)) {
      return Optional.empty();
    }
    Optional<ReminderSetting> setting =
        em.createNamedQuery(ReminderSetting.BY_FEED, ReminderSetting.class)
            .setParameter("hash", FeedToken.hash(token))
            .getResultStream()
            .findFirst();
    if (setting.isEmpty()) {
      return Optional.empty();
    }
    UserAccount account = em.find(UserAccount.class, setting.get().getAccountId());
    if (account == null
        || !account.isUsable()
        || account.getTenant() == null
        || (account.getRole() != AppRole.REGISSEUR && account.getRole() != AppRole.RAADSLID)) {
      return Optional.empty();
    }
    LocalDate today = LocalDate.now(clock);
    List<AgendaItem> items =
        digests.agenda(
            account.getTenant().getCode(),
            account.getRole(),
            today,
            today.plusDays(ReminderService.AGENDA_DAYS));
    return Optional.of(
        new Feed(
            "Verbonden · " + account.getDisplayName() + " · " + account.getTenant().getName(),
            setting.get().getLanguage(),
            items));
  }
}
