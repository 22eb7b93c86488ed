package nl.verbonden.register.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.verbonden.shared.control.SearchHit;
import nl.verbonden.shared.control.SearchProvider;
import nl.verbonden.shared.control.SearchText;
import nl.verbonden.shared.control.TextMatch;
import nl.verbonden.tenancy.entity.AppRole;

/**
 * The header's search over the register: parties by name, by a former name (a name change in the
 * party's history) and by the digits of their KvK number or RSIN. Two queries.
 */
@ApplicationScoped
public class PartySearchProvider implements SearchProvider {

  public static final String KIND = "party";

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public Set<String> roles() {
    return Set.of(AppRole.Names.REGISSEUR);
  }

  @Override
  public List<SearchHit> search(EntityManager em, TextMatch match, SearchText text, int max) {
    String digits = text.digitsPrefixPattern();
    String where =
        match.condition("p.name")
            + (digits == null ? "" : " or p.kvkNumber like :digits or p.rsin like :digits");
    TypedQuery<Object[]> byName =
        em.createQuery(
            "select p.id, p.name, p.kvkNumber, p.rsin, p.seat from Party p where "
                + where
                + " order by lower(p.name), p.id",
            Object[].class);
    match.bind(byName, text);
    if (digits != null) {
      byName.setParameter("digits", digits);
    }
    Map<Long, SearchHit> hits = new LinkedHashMap<>();
    for (Object[] row : byName.setMaxResults(max).getResultList()) {
      Long id = (Long) row[0];
      hits.put(
          id,
          SearchHit.of(
              KIND,
              (String) row[1],
              SearchHit.details(
                  row[2] == null ? null : "KvK " + row[2],
                  row[3] == null ? null : "RSIN " + row[3],
                  (String) row[4]),
              "/register/party",
              "id",
              id));
    }
    // always asked, also when the names filled the list: the same statements for every text
    {
      TypedQuery<Object[]> formerly =
          em.createQuery(
              "select distinct p.id, p.name, c.oldValue from PartyChange c, Party p"
                  + " where p.id = c.partyId and c.fieldKey = 'party.name' and "
                  + match.condition("c.oldValue")
                  + " order by p.name, p.id",
              Object[].class);
      match.bind(formerly, text);
      for (Object[] row : formerly.setMaxResults(max).getResultList()) {
        Long id = (Long) row[0];
        if (!hits.containsKey(id) && hits.size() < max) {
          hits.put(
              id,
              new SearchHit(
                  KIND,
                  (String) row[1],
                  null,
                  "search.formerName",
                  (String) row[2],
                  "/register/party",
                  "id",
                  id));
        }
      }
    }
    return new ArrayList<>(hits.values());
  }
}
