package nl.verbonden.reminders.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * That an item was mailed to a person in a stage. Unique per account and stamp in the database: a
 * second run, on this server or another, that tries to mail the same again fails to stamp it and
 * sends nothing.
 */
@Entity
@Table(name = "reminder_stamp")
@NamedQuery(
    name = ReminderStamp.OF_ACCOUNT,
    query = "select s.stamp from ReminderStamp s where s.accountId = :account")
public class ReminderStamp implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String OF_ACCOUNT = "ReminderStamp.ofAccount";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private Long accountId;

  @Column(nullable = false, updatable = false, length = 150)
  private String stamp;

  @Column(name = "mail_id", nullable = false, updatable = false)
  private Long mailId;

  @Column(name = "stamped_at", nullable = false, updatable = false)
  private Instant stampedAt;

  protected ReminderStamp() {}

  public ReminderStamp(Long accountId, String stamp, Long mailId, Instant stampedAt) {
    this.accountId = accountId;
    this.stamp = stamp;
    this.mailId = mailId;
    this.stampedAt = stampedAt;
  }

  public String getStamp() {
    return stamp;
  }
}
