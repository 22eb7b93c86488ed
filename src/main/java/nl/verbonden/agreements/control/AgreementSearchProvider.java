package nl.verbonden.agreements.control;

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

/** The header's search over agreements (DVO's) by title, with their party (one query). */
@ApplicationScoped
public class AgreementSearchProvider implements SearchProvider {

  public static final String KIND = "agreement";

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public int order() {
    return 40;
  }

  @Override
  public Set<String> roles() {
    return Set.of(AppRole.Names.REGISSEUR);
  }

  @Override
  public List<SearchHit> search(EntityManager em, TextMatch match, SearchText text, int max) {
    TypedQuery<Object[]> query =
        em.createQuery(
            "select a.id, a.title, p.name from Agreement a join a.party p where "
                + match.condition("a.title")
                + " order by lower(a.title), a.id",
            Object[].class);
    List<SearchHit> hits = new ArrayList<>();
    for (Object[] row : match.bind(query, text).setMaxResults(max).getResultList()) {
      hits.add(
          SearchHit.of(
              KIND, (String) row[1], (String) row[2], "/dvo/agreement", "id", (Long) row[0]));
    }
    return hits;
  }
}
