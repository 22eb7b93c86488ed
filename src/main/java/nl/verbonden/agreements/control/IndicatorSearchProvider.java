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

/**
 * The header's search over the indicators of agreements by name; a hit opens its agreement (one
 * query).
 */
@ApplicationScoped
public class IndicatorSearchProvider implements SearchProvider {

  public static final String KIND = "indicator";

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public int order() {
    return 50;
  }

  @Override
  public Set<String> roles() {
    return Set.of(AppRole.Names.REGISSEUR);
  }

  @Override
  public List<SearchHit> search(EntityManager em, TextMatch match, SearchText text, int max) {
    TypedQuery<Object[]> query =
        em.createQuery(
            "select a.id, i.name, a.title, p.name from Indicator i join i.agreement a join a.party p"
                + " where "
                + match.condition("i.name")
                + " order by lower(i.name), i.id",
            Object[].class);
    List<SearchHit> hits = new ArrayList<>();
    for (Object[] row : match.bind(query, text).setMaxResults(max).getResultList()) {
      hits.add(
          SearchHit.of(
              KIND,
              (String) row[1],
              SearchHit.details((String) row[2], (String) row[3]),
              "/dvo/agreement",
              "id",
              (Long) row[0]));
    }
    return hits;
  }
}
