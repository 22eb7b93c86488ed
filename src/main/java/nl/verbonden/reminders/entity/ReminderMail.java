package nl.verbonden.reminders.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A digest as composed for one person: recipient, subject, plain text and HTML, and what became of
 * it. Written (with the stamps of its items) before it is handed to the mail server.
 */
@Entity
@Table(name = "reminder_mail")
@NamedQuery(
    name = ReminderMail.OF_ACCOUNT,
    query = "select m from ReminderMail m where m.accountId = :account order by m.createdAt desc")
@NamedQuery(
    name = ReminderMail.RECENT,
    query = "select m from ReminderMail m order by m.createdAt desc, m.id desc")
@NamedQuery(
    name = ReminderMail.COUNT_SINCE,
    query =
        "select m.status, count(m) from ReminderMail m where m.createdAt >= :since"
            + " group by m.status")
public class ReminderMail implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String OF_ACCOUNT = "ReminderMail.ofAccount";
  public static final String RECENT = "ReminderMail.recent";
  public static final String COUNT_SINCE = "ReminderMail.countSince";

  public static final int ERROR_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private Long accountId;

  @Column(name = "tenant_code", updatable = false, length = 6)
  private String tenantCode;

  @Column(nullable = false, updatable = false, length = 254)
  private String recipient;

  @Column(nullable = false, updatable = false, length = 200)
  private String subject;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "body_text", nullable = false, updatable = false)
  private String text;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "body_html", nullable = false, updatable = false)
  private String html;

  @Column(name = "item_count", nullable = false, updatable = false)
  private int itemCount;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private MailStatus status = MailStatus.PENDING;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(length = ERROR_LENGTH)
  private String error;

  protected ReminderMail() {}

  public ReminderMail(
      Long accountId,
      String tenantCode,
      String recipient,
      String subject,
      String text,
      String html,
      int itemCount,
      Instant createdAt) {
    this.accountId = accountId;
    this.tenantCode = tenantCode;
    this.recipient = recipient;
    this.subject = subject.length() <= 200 ? subject : subject.substring(0, 200);
    this.text = text;
    this.html = html;
    this.itemCount = itemCount;
    this.createdAt = createdAt;
  }

  public void sent(Instant at) {
    status = MailStatus.SENT;
    sentAt = at;
    error = null;
  }

  public void notSent() {
    status = MailStatus.NOT_SENT;
  }

  public void failed(String why) {
    status = MailStatus.FAILED;
    error = why == null ? "?" : why.length() <= ERROR_LENGTH ? why : why.substring(0, ERROR_LENGTH);
  }

  public Long getId() {
    return id;
  }

  public Long getAccountId() {
    return accountId;
  }

  public String getTenantCode() {
    return tenantCode;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getText() {
    return text;
  }

  public String getHtml() {
    return html;
  }

  public int getItemCount() {
    return itemCount;
  }

  public MailStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public String getError() {
    return error;
  }
}
