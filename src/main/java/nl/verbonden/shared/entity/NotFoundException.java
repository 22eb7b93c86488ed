package nl.verbonden.shared.entity;

/**
 * The object does not exist, or it belongs to another tenant: the two are indistinguishable on
 * purpose, so that an id of another tenant reveals nothing.
 */
public class NotFoundException extends DomainException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(Class<?> type, Object id) {
    super("verbonden.notFound", null, type.getSimpleName(), id);
  }
}
