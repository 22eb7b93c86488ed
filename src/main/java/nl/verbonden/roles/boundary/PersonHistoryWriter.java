package nl.verbonden.roles.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.verbonden.roles.entity.PersonChange;
import nl.verbonden.roles.entity.RoleSubject;
import nl.verbonden.shared.control.HistoryRows;
import nl.verbonden.shared.entity.Changed;
import nl.verbonden.tenancy.control.HistoryAuthor;

/**
 * The one writer of the history of people and their offices: observes every {@link Changed} about a
 * {@link RoleSubject} and writes a {@link PersonChange} row per line, by the caller's display name,
 * in the caller's transaction and tenant (it binds none itself and refuses a persistence context
 * without one), like the register's {@code PartyHistoryWriter}. Only this class builds {@code
 * PersonChange} rows (ArchitectureTest).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class PersonHistoryWriter {

  @PersistenceContext private EntityManager em;
  @Inject private HistoryAuthor author;

  public void write(@Observes Changed change) {
    HistoryRows.write(em, change, RoleSubject.class, author.name(), PersonChange::new, true);
  }
}
