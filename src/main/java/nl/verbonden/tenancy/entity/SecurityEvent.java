package nl.verbonden.tenancy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One line of the security event log: when, what, which login name, from which address, and a short
 * detail. Global (no municipality); only ever added, never changed.
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int LOGIN_LENGTH = 100;
  public static final int ADDRESS_LENGTH = 64;
  public static final int DETAIL_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 30)
  private SecurityEventKind kind;

  @Column(name = "login_name", updatable = false, length = LOGIN_LENGTH)
  private String loginName;

  @Column(updatable = false, length = ADDRESS_LENGTH)
  private String address;

  @Column(updatable = false, length = DETAIL_LENGTH)
  private String detail;

  protected SecurityEvent() {}

  /** Texts longer than their column are cut, so that a long input can never lose the event. */
  public SecurityEvent(
      Instant occurredAt, SecurityEventKind kind, String loginName, String address, String detail) {
    this.occurredAt = occurredAt;
    this.kind = kind;
    this.loginName = cut(loginName, LOGIN_LENGTH);
    this.address = cut(address, ADDRESS_LENGTH);
    this.detail = cut(detail, DETAIL_LENGTH);
  }

  private static String cut(String text, int length) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    return text.length() <= length ? text : text.substring(0, length);
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public SecurityEventKind getKind() {
    return kind;
  }

  public String getLoginName() {
    return loginName;
  }

  public String getAddress() {
    return address;
  }

  public String getDetail() {
    return detail;
  }
}
