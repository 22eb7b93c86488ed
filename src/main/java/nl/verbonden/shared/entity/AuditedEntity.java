package nl.verbonden.shared.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/**
 * Base of every entity: a surrogate id, an optimistic-locking version and who created and last
 * changed the row, and when. The audit columns are filled by {@link AuditListener}; nothing else
 * writes them.
 */
@MappedSuperclass
@EntityListeners(AuditListener.class)
public abstract class AuditedEntity implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(nullable = false)
  private long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 100)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public boolean isNew() {
    return id == null;
  }

  void markCreated(String who, Instant when) {
    this.createdBy = who;
    this.createdAt = when;
    markUpdated(who, when);
  }

  void markUpdated(String who, Instant when) {
    this.updatedBy = who;
    this.updatedAt = when;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    return id != null && id.equals(((AuditedEntity) other).id);
  }

  @Override
  public int hashCode() {
    return getClass().hashCode();
  }
}
