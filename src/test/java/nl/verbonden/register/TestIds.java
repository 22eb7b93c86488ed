package nl.verbonden.register;

import java.lang.reflect.Field;
import nl.verbonden.shared.entity.AuditedEntity;

/**
 * Gives an entity an id, as the database would. Entities are equal by id ({@link
 * AuditedEntity#equals}), and only JPA assigns it: there is no setter, on purpose, so that
 * application code cannot fake an identity. A unit test that needs two distinct saved entities, or
 * the same row loaded twice, sets the private field {@code id} by reflection.
 */
public final class TestIds {

  private TestIds() {}

  public static <T extends AuditedEntity> T withId(T entity, long id) {
    try {
      Field field = AuditedEntity.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("AuditedEntity has no field id", e);
    }
  }
}
