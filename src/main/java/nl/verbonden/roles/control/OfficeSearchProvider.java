package nl.verbonden.roles.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.verbonden.roles.entity.OfficeKind;
import nl.verbonden.shared.control.SearchHit;
import nl.verbonden.shared.control.SearchProvider;
import nl.verbonden.shared.control.SearchText;
import nl.verbonden.shared.control.TextMatch;
import nl.verbonden.tenancy.entity.AppRole;

/**
 * The header's search over offices by portfolio ("Jeugd" finds the wethouder whose portfolio names
 * it), shown as the person who holds it, with the office (one query).
 */
@ApplicationScoped
public class OfficeSearchProvider implements SearchProvider {

  public static final String KIND = "office";

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public int order() {
    return 30;
  }

  @Override
  public Set<String> roles() {
    return Set.of(AppRole.Names.REGISSEUR);
  }

  @Override
  public List<SearchHit> search(EntityManager em, TextMatch match, SearchText text, int max) {
    TypedQuery<Object[]> query =
        em.createQuery(
            "select p.id, p.name, o.kind, o.portfolio from Office o join o.person p where "
                + match.condition("o.portfolio")
                + " order by lower(p.name), o.startDate desc, o.id",
            Object[].class);
    List<SearchHit> hits = new ArrayList<>();
    for (Object[] row : match.bind(query, text).setMaxResults(max).getResultList()) {
      hits.add(
          new SearchHit(
              KIND,
              (String) row[1],
              null,
              "officeKind." + ((OfficeKind) row[2]).name(),
              (String) row[3],
              "/rollen/persoon",
              "id",
              (Long) row[0]));
    }
    return hits;
  }
}
