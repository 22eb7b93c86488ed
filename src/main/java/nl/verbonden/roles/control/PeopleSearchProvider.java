package nl.verbonden.roles.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.verbonden.shared.control.SearchHit;
import nl.verbonden.shared.control.SearchProvider;
import nl.verbonden.shared.control.SearchText;
import nl.verbonden.shared.control.TextMatch;
import nl.verbonden.tenancy.entity.AppRole;

/** The header's search over people by name (one query). Offices: {@link OfficeSearchProvider}. */
@ApplicationScoped
public class PeopleSearchProvider implements SearchProvider {

  public static final String KIND = "person";

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public Set<String> roles() {
    return Set.of(AppRole.Names.REGISSEUR);
  }

  @Override
  public List<SearchHit> search(EntityManager em, TextMatch match, SearchText text, int max) {
    TypedQuery<Object[]> query =
        em.createQuery(
            "select p.id, p.name, p.email from Person p where "
                + match.condition("p.name")
                + " order by lower(p.name), p.id",
            Object[].class);
    List<SearchHit> hits = new ArrayList<>();
    for (Object[] row : match.bind(query, text).setMaxResults(max).getResultList()) {
      hits.add(
          SearchHit.of(
              KIND, (String) row[1], (String) row[2], "/rollen/persoon", "id", (Long) row[0]));
    }
    return hits;
  }
}
