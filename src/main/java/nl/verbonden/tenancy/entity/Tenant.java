package nl.verbonden.tenancy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.verbonden.shared.entity.AuditedEntity;

/**
 * A municipality that uses Verbonden: a tenant. A shared-service centre hosts several on one
 * server; none sees another's data. Its CBS code is its identity and is fixed at creation.
 */
@Entity
@Table(name = "tenant")
@NamedQuery(name = Tenant.ALL, query = "select t from Tenant t order by lower(t.name), t.name")
@NamedQuery(name = Tenant.BY_CODE, query = "select t from Tenant t where t.code = :code")
@NamedQuery(name = Tenant.COUNT, query = "select count(t) from Tenant t")
public class Tenant extends AuditedEntity {

  private static final long serialVersionUID = 1L;
  public static final String ALL = "Tenant.all";
  public static final String BY_CODE = "Tenant.byCode";
  public static final String COUNT = "Tenant.count";

  @NotBlank
  @ValidCbsCode
  @Column(name = "cbs_code", nullable = false, unique = true, updatable = false, length = 6)
  private String code;

  @NotBlank
  @Size(max = 100)
  @Column(nullable = false, length = 100)
  private String name;

  @Column(nullable = false)
  private boolean active = true;

  /** A new tenant, to be filled in by a form. */
  public Tenant() {}

  public Tenant(CbsCode code, String name) {
    this.code = code.value();
    this.name = name;
  }

  /** The CBS code, e.g. GM0351. */
  public String getCode() {
    return code;
  }

  /**
   * Sets the CBS code of a tenant that is not saved yet (typed as it is; the service checks it).
   *
   * @throws IllegalStateException for a saved tenant: its code never changes
   */
  public void setCode(String code) {
    if (!isNew()) {
      throw new IllegalStateException("De CBS-code van een bestaande gemeente verandert niet");
    }
    this.code = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name == null ? null : name.strip();
  }

  public boolean isActive() {
    return active;
  }

  public void deactivate() {
    this.active = false;
  }

  public void activate() {
    this.active = true;
  }
}
