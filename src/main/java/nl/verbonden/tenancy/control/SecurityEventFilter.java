package nl.verbonden.tenancy.control;

import java.io.Serializable;
import java.time.LocalDate;
import nl.verbonden.tenancy.entity.SecurityEventKind;

/**
 * What the security event list shows: one kind or all, a login name (part of it, any case), and a
 * period of days (from and to included, in the Netherlands' time).
 */
public class SecurityEventFilter implements Serializable {

  private static final long serialVersionUID = 1L;

  private SecurityEventKind kind;
  private String loginName;
  private LocalDate from;
  private LocalDate to;

  public SecurityEventKind getKind() {
    return kind;
  }

  public void setKind(SecurityEventKind kind) {
    this.kind = kind;
  }

  public String getLoginName() {
    return loginName;
  }

  public void setLoginName(String loginName) {
    this.loginName = loginName;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
