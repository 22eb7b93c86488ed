package nl.verbonden.shared.entity;

/** Someone else saved the object after this user opened it; nothing is overwritten. */
public class StaleEditException extends DomainException {

  private static final long serialVersionUID = 1L;

  public StaleEditException(Class<?> type, Object id) {
    super("verbonden.staleEdit", null, type.getSimpleName(), id);
  }
}
