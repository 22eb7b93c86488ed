package nl.verbonden.shared.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/**
 * The columns of one history row, the same in every component that keeps a history: of what (kind
 * and id), what changed (a field or an event, by message key, and an extra subject), the old and
 * new value as text, and the name of the person who changed it as that person is called (the
 * account's display name at the time of the change, not the login name). When is the row's {@code
 * created_at}, from the application's clock. Written once, never changed.
 */
@Embeddable
public class HistoryEntry implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final int MAX_VALUE = 1000;
  public static final int MAX_SUBJECT = 200;
  public static final int MAX_WHO = 200;

  @Column(name = "subject_kind", nullable = false, updatable = false, length = 20)
  private String subjectKind;

  @Column(name = "subject_id", nullable = false, updatable = false)
  private Long subjectId;

  @Column(name = "field_key", nullable = false, updatable = false, length = 100)
  private String fieldKey;

  @Column(name = "subject", updatable = false, length = MAX_SUBJECT)
  private String subject;

  @Column(name = "old_value", updatable = false, length = MAX_VALUE)
  private String oldValue;

  @Column(name = "new_value", updatable = false, length = MAX_VALUE)
  private String newValue;

  @Column(name = "who_name", nullable = false, updatable = false, length = MAX_WHO)
  private String who;

  protected HistoryEntry() {}

  HistoryEntry(Changed change, Changed.Line line, String who) {
    this.subjectKind = change.kind().name();
    this.subjectId = change.subjectId();
    this.fieldKey = line.what();
    this.subject = cut(line.subject(), MAX_SUBJECT);
    this.oldValue = cut(line.oldText(), MAX_VALUE);
    this.newValue = cut(line.newText(), MAX_VALUE);
    this.who = cut(who == null || who.isBlank() ? AuditListener.SYSTEM : who, MAX_WHO);
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
  }

  public String getSubjectKind() {
    return subjectKind;
  }

  public Long getSubjectId() {
    return subjectId;
  }

  public String getFieldKey() {
    return fieldKey;
  }

  public String getSubject() {
    return subject;
  }

  public String getOldValue() {
    return oldValue;
  }

  public String getNewValue() {
    return newValue;
  }

  /** The display name of the person who made the change, or {@code systeem}. */
  public String getWho() {
    return who;
  }
}
