package nl.verbonden.platform.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.function.Supplier;
import nl.verbonden.register.entity.PartyChanged;
import nl.verbonden.shared.entity.AuditedEntity;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * Writes demo data in a transaction of its own per call: first the tenants and accounts, then each
 * tenant's data (a persistence context is bound to one tenant). Only the demo loader calls it; no
 * page or resource reaches it.
 */
@Stateless
@PermitAll
public class DemoRegisterWriter {

  @PersistenceContext private EntityManager em;
  @Inject private Event<PartyChanged> partyChanged;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void write(String tenantCode, List<? extends AuditedEntity> entities) {
    write(tenantCode, entities, List::of);
  }

  /**
   * Saves the entities, then, once they have their ids, what refers to them by id (such as history
   * lines, or measurements read by an import that names indicators by id), in one transaction.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void write(
      String tenantCode,
      List<? extends AuditedEntity> entities,
      Supplier<List<? extends AuditedEntity>> afterwards) {
    if (tenantCode != null) {
      em.setProperty(TenantOwnedEntity.TENANT_PROPERTY, tenantCode);
    }
    entities.forEach(em::persist);
    em.flush();
    afterwards.get().forEach(em::persist);
  }

  /** Raises the changes for the register to write into the parties' history, as the tenant. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(String tenantCode, List<PartyChanged> changes) {
    em.setProperty(TenantOwnedEntity.TENANT_PROPERTY, tenantCode);
    changes.forEach(partyChanged::fire);
  }
}
