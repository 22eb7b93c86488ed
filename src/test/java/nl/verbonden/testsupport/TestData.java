package nl.verbonden.testsupport;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Set;
import nl.verbonden.register.entity.Party;
import nl.verbonden.shared.entity.TenantOwnedEntity;
import nl.verbonden.tenancy.entity.UserAccount;

/**
 * Test-only access to the database, around the services under test: reads another tenant's ids,
 * checks raw columns, flips accounts. Deployed only in the integration tests.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TestData {

  /** EclipseLink refuses native SQL once multitenant entities exist, unless a query asks for it. */
  private static final String NATIVE_ALLOWED = "eclipselink.jdbc.allow-native-sql-query";

  /** The tables of a party's parts that refer to it by {@code party_id}. */
  private static final Set<String> PARTY_PARTS =
      Set.of(
          "participant",
          "year_figures",
          "party_change",
          "party_relation",
          "role_assignment",
          "party_governance",
          "role_draft");

  /** The tables that hold tenant data. */
  private static final Set<String> TENANT_TABLES =
      Set.of(
          "party",
          "council_meeting",
          "arrangement_year",
          "zienswijze",
          "zienswijze_step",
          "participant",
          "year_figures",
          "party_change",
          "party_relation",
          "person",
          "office",
          "role_assignment",
          "party_governance",
          "escalation_level",
          "role_draft",
          "agreement_change",
          "person_change");

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

  /**
   * How many rows of a part table (participant, year_figures, party_change, party_relation) refer
   * to the party, in every tenant: the tenant filter is bypassed, so that a row written under the
   * wrong tenant is counted too. A relation counts from either side.
   */
  public long countRowsOfParty(String table, Long partyId) {
    if (!PARTY_PARTS.contains(table)) {
      throw new IllegalArgumentException("Not a part table: " + table);
    }
    boolean relation = table.equals("party_relation");
    String where = relation ? "party_id = ? or related_party_id = ?" : "party_id = ?";
    Query query =
        em.createNativeQuery("select count(*) from " + table + " where " + where)
            .setHint(NATIVE_ALLOWED, true);
    query.setParameter(1, partyId);
    if (relation) {
      query.setParameter(2, partyId);
    }
    return ((Number) query.getSingleResult()).longValue();
  }

  /** How many rows of a tenant table are stored with this tenant code. */
  public long countTenantRows(String table, String tenantCode) {
    if (!TENANT_TABLES.contains(table)) {
      throw new IllegalArgumentException("Not a tenant table: " + table);
    }
    return ((Number)
            em.createNativeQuery("select count(*) from " + table + " where tenant_code = ?")
                .setParameter(1, tenantCode)
                .setHint(NATIVE_ALLOWED, true)
                .getSingleResult())
        .longValue();
  }

  /**
   * How many of a tenant's parties are stored under this name, ignoring case (native SQL, tenant
   * set by hand).
   */
  public long countPartiesNamed(String tenantCode, String name) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from party where tenant_code = ? and lower(name) = lower(?)")
                .setParameter(1, tenantCode)
                .setParameter(2, name)
                .setHint(NATIVE_ALLOWED, true)
                .getSingleResult())
        .longValue();
  }

  /** How many parties of any tenant are stored under exactly this name. */
  public long countPartiesNamedInAnyTenant(String name) {
    return ((Number)
            em.createNativeQuery("select count(*) from party where name = ?")
                .setParameter(1, name)
                .setHint(NATIVE_ALLOWED, true)
                .getSingleResult())
        .longValue();
  }

  /** The ids of the participants of a party, read as its tenant. */
  public List<Long> participantIds(String tenantCode, Long partyId) {
    em.setProperty(TenantOwnedEntity.TENANT_PROPERTY, tenantCode);
    return em.createQuery(
            "select p.id from Participant p where p.party.id = :party order by p.id", Long.class)
        .setParameter("party", partyId)
        .getResultList();
  }

  /** The ids of the relations of a party, from either side, read as its tenant. */
  public List<Long> relationIds(String tenantCode, Long partyId) {
    em.setProperty(TenantOwnedEntity.TENANT_PROPERTY, tenantCode);
    return em.createQuery(
            "select r.id from PartyRelation r where r.party.id = :party or r.related.id = :party order by r.id",
            Long.class)
        .setParameter("party", partyId)
        .getResultList();
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

  /** The id of a person of a tenant, by name, read as that tenant. */
  public Long personId(String tenantCode, String name) {
    em.setProperty(TenantOwnedEntity.TENANT_PROPERTY, tenantCode);
    return em.createQuery("select p.id from Person p where p.name = :name", Long.class)
        .setParameter("name", name)
        .getSingleResult();
  }

  /** The id of a person's first (earliest) office, read as their tenant. */
  public Long officeId(String tenantCode, String personName) {
    em.setProperty(TenantOwnedEntity.TENANT_PROPERTY, tenantCode);
    return em.createQuery(
            "select o.id from Office o where o.person.name = :name order by o.startDate",
            Long.class)
        .setParameter("name", personName)
        .setMaxResults(1)
        .getSingleResult();
  }

  /** How many people of any tenant are stored under exactly this name. */
  public long countPeopleNamed(String name) {
    return ((Number)
            em.createNativeQuery("select count(*) from person where name = ?")
                .setParameter(1, name)
                .setHint(NATIVE_ALLOWED, true)
                .getSingleResult())
        .longValue();
  }
}
