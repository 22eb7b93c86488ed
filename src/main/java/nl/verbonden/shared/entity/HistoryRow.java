package nl.verbonden.shared.entity;

/**
 * A row of a history other than the register's (decision 0014): its {@link HistoryEntry} and, from
 * {@link AuditedEntity}, when it was written. The pages show every history through one fragment.
 */
public interface HistoryRow {

  Long getId();

  java.time.Instant getCreatedAt();

  String getCreatedBy();

  HistoryEntry getEntry();
}
