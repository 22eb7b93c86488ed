package nl.verbonden.search.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.verbonden.shared.control.DatabaseKind;
import nl.verbonden.shared.control.SearchHit;
import nl.verbonden.shared.control.SearchProvider;
import nl.verbonden.shared.control.SearchText;
import nl.verbonden.shared.control.TextMatch;
import nl.verbonden.tenancy.control.TenantScope;
import nl.verbonden.tenancy.entity.AppRole;

/**
 * Searches everything of the caller's municipality that the caller's role may read, in one
 * transaction bound to that municipality: each contributed {@link SearchProvider} runs its fixed
 * number of queries, so the number of statements depends on the number of kinds, never on the size
 * of the register (SearchServiceIT counts them).
 */
@Stateless
@RolesAllowed({AppRole.Names.REGISSEUR, AppRole.Names.RAADSLID})
@Interceptors(TenantScope.class)
public class SearchService {

  /** Hits shown per kind; the page says when there are more. */
  public static final int PER_KIND = 10;

  @PersistenceContext private EntityManager em;
  @Inject @Any private Instance<SearchProvider> providers;
  @Inject private DatabaseKind database;
  @Resource private SessionContext context;

  /**
   * The hits for what was typed, grouped by kind; none when the text has fewer than two letters or
   * digits or is longer than {@link SearchText#MAX_LENGTH}.
   */
  public SearchResults search(String typed) {
    SearchText text = SearchText.of(typed);
    if (text == null) {
      return SearchResults.none(typed == null ? "" : typed.strip());
    }
    TextMatch match = database.textMatch();
    List<SearchProvider> mine = new ArrayList<>();
    for (SearchProvider provider : providers) {
      if (provider.roles().stream().anyMatch(context::isCallerInRole)) {
        mine.add(provider);
      }
    }
    mine.sort(Comparator.comparingInt(SearchProvider::order));
    List<SearchResults.Group> groups = new ArrayList<>();
    for (SearchProvider provider : mine) {
      List<SearchHit> hits = provider.search(em, match, text, PER_KIND + 1);
      if (!hits.isEmpty()) {
        boolean more = hits.size() > PER_KIND;
        groups.add(
            new SearchResults.Group(
                provider.kind(), List.copyOf(more ? hits.subList(0, PER_KIND) : hits), more));
      }
    }
    return new SearchResults(text.text(), List.copyOf(groups));
  }
}
