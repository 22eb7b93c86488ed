package nl.verbonden.register.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.verbonden.register.entity.Party;

/**
 * The register list as queries: one page of parties, and their count, for a filter and a sort
 * order. Both run in the database (the list stays fast with thousands of parties); the tenant
 * filter is added by EclipseLink.
 */
public final class PartySearch {

  /** The columns a user may sort on, by the names the page uses. Anything else sorts by name. */
  private static final Map<String, List<String>> SORTABLE =
      Map.of(
          "name", List.of("name"),
          "legalForm", List.of("legalForm"),
          "bbvGroup", List.of("bbvGroup"),
          "seat", List.of("seat"),
          "verbondenPartij", List.of("verbondenPartij"),
          "risk.regime", List.of("risk", "regime"),
          "risk.reassessBy", List.of("risk", "reassessBy"),
          "startDate", List.of("startDate"),
          "endDate", List.of("endDate"));

  private PartySearch() {}

  public static List<Party> page(
      EntityManager em,
      PartyFilter filter,
      LocalDate today,
      int first,
      int max,
      String sortField,
      boolean asc) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Party> query = cb.createQuery(Party.class);
    Root<Party> party = query.from(Party.class);
    query.select(party).where(predicates(cb, party, filter, today));
    Path<?> sortPath = path(party, SORTABLE.getOrDefault(sortField, SORTABLE.get("name")));
    // text sorts as a Dutch reader expects: "Stichting voor" before "Stichting Welzijn"
    Expression<?> sortBy =
        sortPath.getJavaType() == String.class ? cb.lower(sortPath.as(String.class)) : sortPath;
    Expression<String> byName = cb.lower(party.get("name"));
    query.orderBy(asc ? cb.asc(sortBy) : cb.desc(sortBy), cb.asc(byName), cb.asc(party.get("id")));
    return em.createQuery(query)
        .setFirstResult(Math.max(first, 0))
        .setMaxResults(Math.max(max, 1))
        .getResultList();
  }

  public static long count(EntityManager em, PartyFilter filter, LocalDate today) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<Party> party = query.from(Party.class);
    query.select(cb.count(party)).where(predicates(cb, party, filter, today));
    return em.createQuery(query).getSingleResult();
  }

  private static Predicate[] predicates(
      CriteriaBuilder cb, Root<Party> party, PartyFilter filter, LocalDate today) {
    List<Predicate> where = new ArrayList<>();
    if (filter.getText() != null) {
      String like = "%" + escape(filter.getText().toLowerCase(Locale.ROOT)) + "%";
      where.add(
          cb.or(
              cb.like(cb.lower(party.get("name")), like, '\\'),
              cb.like(cb.lower(party.get("seat")), like, '\\'),
              cb.like(party.get("kvkNumber"), like, '\\'),
              cb.like(party.get("rsin"), like, '\\')));
    }
    if (filter.getGroup() != null) {
      where.add(cb.equal(party.get("bbvGroup"), filter.getGroup()));
    }
    if (filter.getLegalForm() != null) {
      where.add(cb.equal(party.get("legalForm"), filter.getLegalForm()));
    }
    if (filter.getDomain() != null) {
      where.add(cb.like(party.get("policyDomains"), filter.getDomain().likePattern()));
    }
    if (filter.getRegime() != null) {
      where.add(cb.equal(party.get("risk").get("regime"), filter.getRegime()));
    }
    if (filter.getVerbondenPartij() != null) {
      where.add(cb.equal(party.get("verbondenPartij"), filter.getVerbondenPartij()));
    }
    Expression<LocalDate> endDate = party.get("endDate");
    if (filter.getStatus() == PartyFilter.Status.ACTIVE) {
      where.add(cb.or(cb.isNull(endDate), cb.greaterThan(endDate, today)));
    } else if (filter.getStatus() == PartyFilter.Status.ENDED) {
      where.add(cb.lessThanOrEqualTo(endDate, today));
    }
    if (filter.isOverdueOnly()) {
      where.add(cb.lessThan(party.get("risk").<LocalDate>get("reassessBy"), today));
    }
    return where.toArray(Predicate[]::new);
  }

  private static Path<?> path(Root<Party> root, List<String> names) {
    Path<?> path = root;
    for (String name : names) {
      path = path.get(name);
    }
    return path;
  }

  /** LIKE wildcards typed by the user are searched for literally. */
  static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
