package nl.verbonden.cycle.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.verbonden.shared.control.DutchFormat;
import nl.verbonden.shared.control.SearchHit;
import nl.verbonden.shared.control.SearchProvider;
import nl.verbonden.shared.control.SearchText;
import nl.verbonden.shared.control.TextMatch;
import nl.verbonden.tenancy.entity.AppRole;

/**
 * The header's search over zienswijzen by title, with their party and the day they came in; for
 * regisseurs and raadsleden alike (both read the zienswijze page). One query.
 */
@ApplicationScoped
public class ZienswijzeSearchProvider implements SearchProvider {

  public static final String KIND = "zienswijze";

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public int order() {
    return 60;
  }

  @Override
  public Set<String> roles() {
    return Set.of(AppRole.Names.REGISSEUR, AppRole.Names.RAADSLID);
  }

  @Override
  public List<SearchHit> search(EntityManager em, TextMatch match, SearchText text, int max) {
    TypedQuery<Object[]> query =
        em.createQuery(
            "select z.id, z.title, p.name, z.receivedOn from Zienswijze z join z.party p where "
                + match.condition("z.title")
                + " order by z.receivedOn desc, z.id desc",
            Object[].class);
    List<SearchHit> hits = new ArrayList<>();
    for (Object[] row : match.bind(query, text).setMaxResults(max).getResultList()) {
      hits.add(
          SearchHit.of(
              KIND,
              (String) row[1],
              SearchHit.details((String) row[2], DutchFormat.date((LocalDate) row[3])),
              "/jaar/zienswijze",
              "id",
              (Long) row[0]));
    }
    return hits;
  }
}
