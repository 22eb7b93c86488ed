package nl.verbonden.register.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.verbonden.register.entity.PartyChange;
import nl.verbonden.register.entity.PartyChanged;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * The one writer of party history: observes every {@link PartyChanged} a service raises and writes
 * a {@link PartyChange} row per line. The observer is synchronous and joins the caller's
 * transaction (it refuses to run without one), so the lines are written in the caller's persistence
 * context, under the tenant the caller's {@code TenantScope} bound, and a rolled-back change leaves
 * no history. It binds no tenant itself: a persistence context without a tenant is refused. Anyone
 * may raise the event (the service that raises it checked the caller's role); only this class
 * builds {@code PartyChange} rows (ArchitectureTest).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class PartyHistoryWriter {

  @PersistenceContext private EntityManager em;

  /**
   * @throws IllegalStateException when the caller's persistence context is bound to no tenant
   */
  public void write(@Observes PartyChanged change) {
    if (change.isEmpty()) {
      return;
    }
    if (em.getProperties().get(TenantOwnedEntity.TENANT_PROPERTY) == null) {
      throw new IllegalStateException(
          "History of party " + change.partyId() + " outside a tenant's persistence context");
    }
    rows(change).forEach(em::persist);
  }

  /** The history rows of a change, one per line, in its order. */
  static List<PartyChange> rows(PartyChanged change) {
    return change.lines().stream()
        .map(
            line ->
                new PartyChange(
                    change.partyId(), line.what(), line.subject(), line.oldText(), line.newText()))
        .toList();
  }
}
