package nl.verbonden.tenancy.entity;

/**
 * The three roles of the application. The role names are the container's security roles (web.xml,
 * {@code @RolesAllowed}); server.xml maps them onto groups of the user registry.
 */
public enum AppRole {
  /** Shared-service centre administrator: tenants and user accounts; no tenant of its own. */
  BEHEERDER(Names.BEHEERDER, false),
  /** Maintains the register of its own tenant. */
  REGISSEUR(Names.REGISSEUR, true),
  /** Council member: reads the published overviews of its own tenant, nothing else. */
  RAADSLID(Names.RAADSLID, true);

  private final String roleName;
  private final boolean tenantBound;

  AppRole(String roleName, boolean tenantBound) {
    this.roleName = roleName;
    this.tenantBound = tenantBound;
  }

  /** The container security role. */
  public String roleName() {
    return roleName;
  }

  /**
   * Whether an account with this role must belong to a tenant (and may only see that tenant's
   * data).
   */
  public boolean isTenantBound() {
    return tenantBound;
  }

  /** Role names as compile-time constants, for {@code @RolesAllowed}. */
  public static final class Names {
    public static final String BEHEERDER = "beheerder";
    public static final String REGISSEUR = "regisseur";
    public static final String RAADSLID = "raadslid";

    private Names() {}
  }
}
