package nl.verbonden.overviews.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * Whether a municipality's published overviews are public: listed and downloadable without login at
 * a stable address, as the Wet open overheid asks of public documents. One row per municipality at
 * most; none means not public. Who switched it last, and when, are the audit columns.
 */
@Entity
@Table(name = "overview_access")
@NamedQuery(name = OverviewAccess.CURRENT, query = "select a from OverviewAccess a")
public class OverviewAccess extends TenantOwnedEntity {

  private static final long serialVersionUID = 1L;
  public static final String CURRENT = "OverviewAccess.current";

  @Column(name = "public_access", nullable = false)
  private boolean publicAccess;

  protected OverviewAccess() {}

  public OverviewAccess(boolean publicAccess) {
    this.publicAccess = publicAccess;
  }

  public boolean isPublicAccess() {
    return publicAccess;
  }

  public void setPublicAccess(boolean publicAccess) {
    this.publicAccess = publicAccess;
  }
}
