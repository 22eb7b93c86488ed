package nl.verbonden.shared.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import nl.verbonden.shared.entity.AuditedEntity;
import nl.verbonden.shared.entity.NotFoundException;
import nl.verbonden.shared.entity.StaleEditException;

/**
 * The one way services load and save entities: not found, stale edits and optimistic locks handled
 * alike.
 */
public final class Entities {

  private Entities() {}

  /**
   * @return the entity with this id, visible to the current caller
   * @throws NotFoundException when there is none (or it belongs to another tenant)
   */
  public static <T extends AuditedEntity> T findOrThrow(EntityManager em, Class<T> type, Long id) {
    T found = id == null ? null : em.find(type, id);
    if (found == null) {
      throw new NotFoundException(type, id);
    }
    return found;
  }

  /**
   * Loads the entity and checks that the version the user edited is still the current one.
   *
   * @throws StaleEditException when someone saved it in the meantime
   */
  public static <T extends AuditedEntity> T findForEdit(
      EntityManager em, Class<T> type, Long id, long editedVersion) {
    T current = findOrThrow(em, type, id);
    if (current.getVersion() != editedVersion) {
      throw new StaleEditException(type, id);
    }
    return current;
  }

  /**
   * Saves an edited copy of an entity the user loaded earlier: checks that it still exists for this
   * caller and was not changed since, copies the edit onto it and flushes, so that a concurrent
   * change surfaces here as a {@link StaleEditException} and not later at commit.
   */
  public static <T extends AuditedEntity> T saveEdited(EntityManager em, T edited) {
    @SuppressWarnings("unchecked")
    Class<T> type = (Class<T>) edited.getClass();
    findForEdit(em, type, edited.getId(), edited.getVersion());
    T merged = em.merge(edited);
    flush(em, type, edited.getId());
    return merged;
  }

  /** Flushes, turning an optimistic-lock failure into a {@link StaleEditException}. */
  public static void flush(EntityManager em, Class<?> type, Object id) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new StaleEditException(type, id);
    } catch (PersistenceException e) {
      if (e.getCause() instanceof OptimisticLockException) {
        throw new StaleEditException(type, id);
      }
      throw e;
    }
  }
}
