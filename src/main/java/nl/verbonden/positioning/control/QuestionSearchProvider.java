package nl.verbonden.positioning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.verbonden.positioning.entity.QuestionStatus;
import nl.verbonden.shared.control.DutchFormat;
import nl.verbonden.shared.control.SearchHit;
import nl.verbonden.shared.control.SearchProvider;
import nl.verbonden.shared.control.SearchText;
import nl.verbonden.shared.control.TextMatch;
import nl.verbonden.tenancy.entity.AppRole;

/**
 * The header's search over positioning questions by their task (e.g. "Leerlingenvervoer"), with
 * their status (the Dutch word of the seed: verkenning, weging, ...) and the day they started; for
 * regisseurs, who alone open the positioning pages (decision 0026). One query.
 */
@ApplicationScoped
public class QuestionSearchProvider implements SearchProvider {

  public static final String KIND = "positioning";

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public int order() {
    return 70;
  }

  @Override
  public Set<String> roles() {
    return Set.of(AppRole.Names.REGISSEUR);
  }

  @Override
  public List<SearchHit> search(EntityManager em, TextMatch match, SearchText text, int max) {
    TypedQuery<Object[]> query =
        em.createQuery(
            "select q.id, q.task, q.status, q.startedOn from PositioningQuestion q where "
                + match.condition("q.task")
                + " order by q.startedOn desc, q.id desc",
            Object[].class);
    List<SearchHit> hits = new ArrayList<>();
    for (Object[] row : match.bind(query, text).setMaxResults(max).getResultList()) {
      hits.add(
          SearchHit.of(
              KIND,
              (String) row[1],
              SearchHit.details(
                  ((QuestionStatus) row[2]).name().toLowerCase(Locale.ROOT),
                  DutchFormat.date((LocalDate) row[3])),
              "/positionering/vraag",
              "id",
              (Long) row[0]));
    }
    return hits;
  }
}
