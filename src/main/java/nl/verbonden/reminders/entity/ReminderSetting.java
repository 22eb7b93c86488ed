package nl.verbonden.reminders.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.verbonden.shared.entity.AuditedEntity;
import nl.verbonden.shared.entity.DomainException;

/**
 * A person's choice of reminders: how often the digest comes, how many days ahead it looks, in
 * which language, and the hash of their calendar feed's secret (the secret itself is shown once and
 * never stored). One per account; an account without one gets no mail.
 */
@Entity
@Table(name = "reminder_setting")
@NamedQuery(
    name = ReminderSetting.OF_ACCOUNT,
    query = "select s from ReminderSetting s where s.accountId = :account")
@NamedQuery(
    name = ReminderSetting.SENDING,
    query = "select s from ReminderSetting s where s.frequency <> :none")
@NamedQuery(
    name = ReminderSetting.BY_FEED,
    query = "select s from ReminderSetting s where s.feedTokenHash = :hash")
public class ReminderSetting extends AuditedEntity {

  private static final long serialVersionUID = 1L;

  public static final String OF_ACCOUNT = "ReminderSetting.ofAccount";
  public static final String SENDING = "ReminderSetting.sending";
  public static final String BY_FEED = "ReminderSetting.byFeed";

  /** The languages a digest can be written in. */
  public static final java.util.List<String> LANGUAGES = java.util.List.of("nl", "en");

  @Column(name = "account_id", nullable = false, updatable = false)
  private Long accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private DigestFrequency frequency = DigestFrequency.NONE;

  @Column(name = "horizon_days", nullable = false)
  private int horizonDays = Digest.DEFAULT_HORIZON;

  @Column(nullable = false, length = 5)
  private String language = "nl";

  @Column(name = "feed_token_hash", length = 64)
  private String feedTokenHash;

  @Column(name = "feed_created_at")
  private Instant feedCreatedAt;

  protected ReminderSetting() {}

  public ReminderSetting(Long accountId) {
    this.accountId = accountId;
  }

  /**
   * Changes the choice.
   *
   * @throws DomainException at the field that is out of range
   */
  public void choose(DigestFrequency frequency, int horizonDays, String language) {
    if (frequency == null) {
      throw new DomainException("validation.required", "frequentie");
    }
    if (horizonDays < Digest.MIN_HORIZON || horizonDays > Digest.MAX_HORIZON) {
      throw new DomainException(
          "reminder.horizon.range", "horizon", Digest.MIN_HORIZON, Digest.MAX_HORIZON);
    }
    if (language == null || !LANGUAGES.contains(language)) {
      throw new DomainException("reminder.language.unknown", "taal");
    }
    this.frequency = frequency;
    this.horizonDays = horizonDays;
    this.language = language;
  }

  /** Replaces the calendar feed's secret (the old link stops working). */
  public void feed(String tokenHash, Instant at) {
    this.feedTokenHash = tokenHash;
    this.feedCreatedAt = tokenHash == null ? null : at;
  }

  public Long getAccountId() {
    return accountId;
  }

  public DigestFrequency getFrequency() {
    return frequency;
  }

  public int getHorizonDays() {
    return horizonDays;
  }

  public String getLanguage() {
    return language;
  }

  public boolean hasFeed() {
    return feedTokenHash != null;
  }

  public Instant getFeedCreatedAt() {
    return feedCreatedAt;
  }
}
