package nl.verbonden.tenancy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.verbonden.shared.entity.AuditedEntity;

/**
 * A person's access to Verbonden: which login name (as the user registry knows it) gets which role
 * for which tenant. The registry (basicRegistry, LDAP, OpenID Connect) checks the password and must
 * grant the role too; this account decides the tenant and can be deactivated. See
 * docs/decisions/0003-accounts-and-roles.md.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(
    name = UserAccount.ALL,
    query = "select a from UserAccount a left join fetch a.tenant order by a.loginName")
@NamedQuery(
    name = UserAccount.BY_ID,
    query = "select a from UserAccount a left join fetch a.tenant where a.id = :id")
@NamedQuery(
    name = UserAccount.BY_LOGIN,
    query = "select a from UserAccount a left join fetch a.tenant where a.loginName = :login")
public class UserAccount extends AuditedEntity {

  private static final long serialVersionUID = 1L;
  public static final String ALL = "UserAccount.all";
  public static final String BY_LOGIN = "UserAccount.byLogin";
  public static final String BY_ID = "UserAccount.byId";

  @NotBlank
  @Size(max = 100)
  @Pattern(regexp = "[A-Za-z0-9._@-]*", message = "{verbonden.loginName.format}")
  @Column(name = "login_name", nullable = false, unique = true, updatable = false, length = 100)
  private String loginName;

  @NotBlank
  @Size(max = 200)
  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Email
  @Size(max = 254)
  @Column(length = 254)
  private String email;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AppRole role;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "tenant_code", referencedColumnName = "cbs_code")
  private Tenant tenant;

  @Column(nullable = false)
  private boolean active = true;

  /** A new account, to be filled in by a form. */
  public UserAccount() {}

  public UserAccount(String loginName, String displayName, AppRole role, Tenant tenant) {
    this.loginName = loginName == null ? null : loginName.strip();
    this.displayName = displayName;
    assign(role, tenant);
  }

  /**
   * Gives the account a role, and the tenant that role needs.
   *
   * @throws IllegalArgumentException when a tenant-bound role has no tenant, or the beheerder role
   *     has one
   */
  public final void assign(AppRole newRole, Tenant newTenant) {
    if (newRole == null) {
      throw new IllegalArgumentException("Een account heeft een rol");
    }
    if (newRole.isTenantBound() && newTenant == null) {
      throw new IllegalArgumentException(
          "De rol " + newRole.roleName() + " hoort bij een gemeente");
    }
    this.role = newRole;
    this.tenant = newRole.isTenantBound() ? newTenant : null;
  }

  public String getLoginName() {
    return loginName;
  }

  /**
   * @throws IllegalStateException for a saved account: its login name never changes
   */
  public void setLoginName(String loginName) {
    if (!isNew()) {
      throw new IllegalStateException("De inlognaam van een bestaand account verandert niet");
    }
    this.loginName = loginName == null ? null : loginName.strip();
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email == null || email.isBlank() ? null : email.strip();
  }

  public AppRole getRole() {
    return role;
  }

  /** Chosen in a form; {@link #assign} checks it against the tenant before the account is saved. */
  public void setRole(AppRole role) {
    this.role = role;
  }

  public Tenant getTenant() {
    return tenant;
  }

  public boolean isActive() {
    return active;
  }

  /** Whether this account may use the application now: it is active, and so is its tenant. */
  public boolean isUsable() {
    return active && (!role.isTenantBound() || tenant != null && tenant.isActive());
  }

  public void deactivate() {
    this.active = false;
  }

  public void activate() {
    this.active = true;
  }
}
