package nl.verbonden.api.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import java.util.function.Function;
import nl.verbonden.agreements.boundary.MeasurementImportResult;
import nl.verbonden.agreements.boundary.MeasurementService;
import nl.verbonden.api.entity.Delivery;
import nl.verbonden.tenancy.control.TenantScope;
import nl.verbonden.tenancy.entity.AppRole;

/**
 * A measurement batch delivered through the API: recorded by the CSV import of the agreements
 * ({@link MeasurementService#importCsv}: the same rules, the same messages, all or nothing) and,
 * when it succeeded, kept under its idempotency key in the same transaction, so that a retry with
 * that key gets the first answer and records nothing again.
 */
@Stateless
@RolesAllowed(AppRole.Names.REGISSEUR)
@Interceptors(TenantScope.class)
public class MeasurementDelivery {

  @PersistenceContext private EntityManager em;
  @EJB private MeasurementService measurements;

  /** The earlier delivery under this key in the caller's municipality, if any. */
  public Optional<Delivery> earlier(@NotNull String key) {
    return em.createNamedQuery(Delivery.BY_KEY, Delivery.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  /**
   * Imports the rows (a CSV file in the import's format) into the agreement; when they were
   * recorded, keeps the answer under the key.
   *
   * @param answer what to keep of a successful result (the JSON the API sent)
   */
  public MeasurementImportResult deliver(
      Long agreementId,
      @NotNull String key,
      @NotNull String requestSha256,
      @NotNull byte[] csv,
      @NotNull Function<MeasurementImportResult, String> answer) {
    MeasurementImportResult result = measurements.importCsv(agreementId, csv);
    if (result.succeeded()) {
      em.persist(new Delivery(key, agreementId, requestSha256, answer.apply(result)));
      em.flush();
    }
    return result;
  }
}
