package nl.verbonden.shared.control;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Function;
import nl.verbonden.shared.entity.Changed;
import nl.verbonden.shared.entity.HistoryEntry;
import nl.verbonden.shared.entity.HistoryRow;
import nl.verbonden.shared.entity.HistorySubject;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * The one way the histories of decision 0014 are written and read, whatever the component: a writer
 * persists a row per line of the changes of its own kinds; a service reads one thing's rows, newest
 * first.
 */
public final class HistoryRows {

  private HistoryRows() {}

  /**
   * Persists a row per line of the change when it is about one of the kinds given, nothing
   * otherwise.
   *
   * @param kinds the writer's own kinds (its component's {@link HistorySubject} enum)
   * @param who the display name of the person who made the change
   * @param row builds the writer's row of an entry
   * @param tenantData whether the rows are a municipality's data: then the persistence context must
   *     be bound to a tenant already (the writer binds none of its own)
   * @throws IllegalStateException for a municipality's data in a persistence context bound to no
   *     tenant
   */
  public static <R extends HistoryRow> void write(
      EntityManager em,
      Changed change,
      Class<? extends HistorySubject> kinds,
      String who,
      Function<HistoryEntry, R> row,
      boolean tenantData) {
    if (!kinds.isInstance(change.kind()) || change.isEmpty()) {
      return;
    }
    if (tenantData && em.getProperties().get(TenantOwnedEntity.TENANT_PROPERTY) == null) {
      throw new IllegalStateException(
          "History of " + change.kind().name() + " " + change.subjectId() + " outside a tenant");
    }
    change.entries(who).stream().map(row).forEach(em::persist);
  }

  /** Every row of one thing's history, newest first. */
  public static <R extends HistoryRow> List<R> of(
      EntityManager em, Class<R> type, HistorySubject kind, Long id) {
    return em.createQuery(
            "select c from "
                + type.getSimpleName()
                + " c where c.entry.subjectKind = :kind and c.entry.subjectId = :id"
                + " order by c.createdAt desc, c.id desc",
            type)
        .setParameter("kind", kind.name())
        .setParameter("id", id)
        .getResultList();
  }
}
