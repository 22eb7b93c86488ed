package nl.verbonden.agreements.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import nl.verbonden.agreements.control.AgreementQueries;
import nl.verbonden.agreements.entity.Escalation;
import nl.verbonden.shared.control.Entities;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.tenancy.control.TenantScope;
import nl.verbonden.tenancy.entity.AppRole;

/**
 * The open escalations of an agreement's indicators: raised along the party's escalation ladder, or
 * resolved. They are opened by {@link MeasurementService} when an indicator stays red too long.
 */
@Stateless
@RolesAllowed(AppRole.Names.REGISSEUR)
@Interceptors(TenantScope.class)
public class EscalationService {

  @Inject private Clock clock;

  @PersistenceContext private EntityManager em;

  /**
   * Raises an open escalation to the next level of the party's ladder, with a note.
   *
   * @throws DomainException when it is closed or already at the top of the ladder
   */
  public Escalation raise(Long escalationId, String note) {
    Escalation escalation = Entities.findOrThrow(em, Escalation.class, escalationId);
    escalation.raise(
        AgreementQueries.ladder(em, escalation.getAgreement().getParty().getId()),
        LocalDate.now(clock),
        note);
    Entities.flush(em, Escalation.class, escalationId);
    return escalation;
  }

  /**
   * Resolves an open escalation with what was agreed.
   *
   * @throws DomainException when it is closed, or on field {@code oplossing} without a note
   */
  public Escalation resolve(Long escalationId, String note) {
    Escalation escalation = Entities.findOrThrow(em, Escalation.class, escalationId);
    escalation.resolve(LocalDate.now(clock), note);
    Entities.flush(em, Escalation.class, escalationId);
    return escalation;
  }
}
