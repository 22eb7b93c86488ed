package nl.verbonden.shared.control;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;

/**
 * One kind of thing the header's search finds. Every component contributes its kinds as CDI beans
 * implementing this interface (e.g. {@code register/control/PartySearchProvider}); the search
 * service finds them all, so a new kind is one new class and two messages ({@code
 * search.kind.<kind>} in Dutch and English). The service calls {@link #search} inside its
 * transaction, with the persistence context bound to the caller's municipality: queries on tenant
 * entities (JPQL or Criteria, never native SQL) are scoped by EclipseLink.
 *
 * <p>Rules for a provider: a fixed number of statements whatever the size of the register (one or
 * two queries that select plain values, so nothing loads lazily afterwards), at most {@code max}
 * hits each, and the text matched through {@link TextMatch} so that PostgreSQL uses its Dutch
 * full-text search and Derby its plain fallback.
 */
public interface SearchProvider {

  /** The kind's key: names the group on the results page ({@code search.kind.<kind>}). */
  String kind();

  /** Where the group stands on the results page, lowest first. */
  int order();

  /** The container roles that may see this kind (their pages are theirs). */
  Set<String> roles();

  /** At most {@code max} things of this kind that match the text, in a useful order. */
  List<SearchHit> search(EntityManager em, TextMatch match, SearchText text, int max);
}
