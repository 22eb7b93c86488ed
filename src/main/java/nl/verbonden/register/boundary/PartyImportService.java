package nl.verbonden.register.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.verbonden.register.control.PartyCsvImport;
import nl.verbonden.register.entity.Party;
import nl.verbonden.register.entity.PartyRef;
import nl.verbonden.shared.boundary.ImportResult;
import nl.verbonden.tenancy.control.TenantScope;
import nl.verbonden.tenancy.entity.AppRole;

/**
 * Imports parties into the caller's register from a CSV file, all or nothing: when any row is wrong
 * nothing is saved and the errors come back; otherwise every row becomes a party, in one
 * transaction.
 */
@Stateless
@RolesAllowed(AppRole.Names.REGISSEUR)
@Interceptors(TenantScope.class)
public class PartyImportService {

  @PersistenceContext private EntityManager em;

  @Inject private PartyService parties;

  /**
   * Checks every row of the file and, when all are right, creates a party for each through {@link
   * PartyService#create}. A {@link nl.verbonden.shared.entity.DomainException} from there rolls the
   * whole import back.
   *
   * @param content the CSV file (columns and formats: docs/register-import.md)
   * @return the number of parties created, or the errors (and nothing created)
   */
  public ImportResult importCsv(@NotNull byte[] content) {
    PartyCsvImport.Outcome outcome = PartyCsvImport.read(content, existingNames());
    if (!outcome.succeeded()) {
      return ImportResult.refused(outcome.errors());
    }
    for (Party party : outcome.parties()) {
      parties.create(party);
    }
    return ImportResult.imported(outcome.parties().size());
  }

  /** The names in the caller's register, in lower case: one query. */
  private Set<String> existingNames() {
    return em.createNamedQuery(Party.CHOICES, PartyRef.class)
        .getResultStream()
        .map(ref -> ref.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.toSet());
  }
}
