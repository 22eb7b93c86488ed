package nl.verbonden.register.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import nl.verbonden.register.entity.Party;
import nl.verbonden.shared.control.Entities;
import nl.verbonden.shared.control.TenantScope;
import nl.verbonden.tenancy.entity.AppRole;

/** The register of the caller's municipality: parties, maintained by its regisseurs. */
@Stateless
@RolesAllowed(AppRole.Names.REGISSEUR)
@Interceptors(TenantScope.class)
public class PartyService {

  @PersistenceContext private EntityManager em;

  public List<Party> list() {
    return em.createNamedQuery(Party.ALL, Party.class).getResultList();
  }

  public long count() {
    return em.createNamedQuery(Party.COUNT, Long.class).getSingleResult();
  }

  /**
   * @throws nl.verbonden.shared.boundary.NotFoundException when there is no such party in the caller's register
   */
  public Party find(Long id) {
    return Entities.findOrThrow(em, Party.class, id);
  }

  public Party create(@NotNull @Valid Party party) {
    em.persist(party);
    Entities.flush(em, Party.class, null);
    return party;
  }

  public Party update(@NotNull @Valid Party edited) {
    return Entities.saveEdited(em, edited);
  }
}
