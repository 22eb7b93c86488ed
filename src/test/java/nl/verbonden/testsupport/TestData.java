package nl.verbonden.testsupport;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.verbonden.register.entity.Party;
import nl.verbonden.shared.entity.TenantOwnedEntity;
import nl.verbonden.tenancy.entity.UserAccount;

/**
 * Test-only access to the database, around the services under test: reads another tenant's ids, checks raw
 * columns, flips accounts. Deployed only in the integration tests.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TestData {

  /** EclipseLink refuses native SQL once multitenant entities exist, unless a query asks for it. */
  private static final String NATIVE_ALLOWED = "eclipselink.jdbc.allow-native-sql-query";

  @PersistenceContext private EntityManager em;

  /** The ids of a tenant's parties, read as that tenant. */
  public List<Long> partyIds(String tenantCode) {
    em.setProperty(TenantOwnedEntity.TENANT_PROPERTY, tenantCode);
    return em.createQuery("select p.id from Party p order by p.id", Long.class).getResultList();
  }

  public Long partyId(String tenantCode, String name) {
    em.setProperty(TenantOwnedEntity.TENANT_PROPERTY, tenantCode);
    return em.createQuery("select p.id from Party p where p.name = :name", Long.class)
        .setParameter("name", name)
        .getSingleResult();
  }

  /** The tenant column as stored, bypassing the tenant filter. */
  public String storedTenantOfParty(Long id) {
    return (String)
        em.createNativeQuery("select tenant_code from party where id = ?")
            .setParameter(1, id)
            .setHint(NATIVE_ALLOWED, true)
            .getSingleResult();
  }

  public String storedPartyName(Long id) {
    return (String)
        em.createNativeQuery("select name from party where id = ?")
            .setParameter(1, id)
            .setHint(NATIVE_ALLOWED, true)
            .getSingleResult();
  }

  /** A query on tenant data with no tenant bound: must fail, never return rows. */
  public List<Party> partiesWithoutTenant() {
    return em.createNamedQuery(Party.ALL, Party.class).getResultList();
  }

  /** A bulk JPQL update as a tenant: must touch that tenant's rows only. */
  public int renameAllParties(String tenantCode, String suffix) {
    em.setProperty(TenantOwnedEntity.TENANT_PROPERTY, tenantCode);
    return em.createQuery("update Party p set p.seat = concat(p.seat, :suffix)")
        .setParameter("suffix", suffix)
        .executeUpdate();
  }

  public void setAccountActive(String login, boolean active) {
    UserAccount account =
        em.createNamedQuery(UserAccount.BY_LOGIN, UserAccount.class)
            .setParameter("login", login)
            .getSingleResult();
    if (active) {
      account.activate();
    } else {
      account.deactivate();
    }
  }
}
