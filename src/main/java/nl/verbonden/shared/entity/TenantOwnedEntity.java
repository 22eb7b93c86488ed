package nl.verbonden.shared.entity;

import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Base of every entity that belongs to one municipality (tenant). EclipseLink adds {@code
 * tenant_code = ?} to every query, find and bulk statement on these entities and fills the column
 * on insert, from the entity-manager property {@value #TENANT_PROPERTY} that {@code TenantScope}
 * sets for the caller. Without that property set, any access fails: a forgotten filter cannot leak
 * another tenant's rows. See docs/decisions/0002-tenant-scoping.md.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_code",
    contextProperty = TenantOwnedEntity.TENANT_PROPERTY,
    length = 6)
public abstract class TenantOwnedEntity extends AuditedEntity {

  private static final long serialVersionUID = 1L;

  /** The entity-manager property that holds the CBS code of the current tenant. */
  public static final String TENANT_PROPERTY = "eclipselink.tenant-id";
}
