package nl.verbonden.tenancy.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.verbonden.shared.control.HistoryRows;
import nl.verbonden.shared.entity.Changed;
import nl.verbonden.tenancy.control.HistoryAuthor;
import nl.verbonden.tenancy.entity.TenancyChange;
import nl.verbonden.tenancy.entity.TenancySubject;

/**
 * The one writer of the history of accounts and municipalities: observes every {@link Changed}
 * about a {@link TenancySubject} and writes a {@link TenancyChange} row per line, by the caller's
 * display name. Synchronous, in the caller's transaction (it refuses to run without one), like the
 * register's {@code PartyHistoryWriter}: a rolled-back change leaves no history. Only this class
 * builds {@code TenancyChange} rows (ArchitectureTest).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class TenancyHistoryWriter {

  @PersistenceContext private EntityManager em;
  @Inject private HistoryAuthor author;

  public void write(@Observes Changed change) {
    HistoryRows.write(em, change, TenancySubject.class, author.name(), TenancyChange::new, false);
  }
}
