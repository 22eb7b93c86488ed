package nl.verbonden.agreements.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.persistence.Entity;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard is kept in the page's view scope: it must hold plain values, never an entity. */
class DashboardTest {

  @Test
  void holdsNoEntities() {
    List<String> entities = new ArrayList<>();
    collect(Dashboard.class, entities, new ArrayList<>());
    assertEquals(List.of(), entities);
  }

  @Test
  void theCheckFindsAnEntity() {
    List<String> entities = new ArrayList<>();
    collect(WithEntity.class, entities, new ArrayList<>());
    assertFalse(entities.isEmpty());
  }

  private record WithEntity(List<nl.verbonden.agreements.entity.Agreement> agreements) {}

  private static void collect(Type type, List<String> entities, List<Class<?>> seen) {
    if (type instanceof ParameterizedType p) {
      for (Type argument : p.getActualTypeArguments()) {
        collect(argument, entities, seen);
      }
      collect(p.getRawType(), entities, seen);
      return;
    }
    if (!(type instanceof Class<?> c) || seen.contains(c)) {
      return;
    }
    seen.add(c);
    if (c.isAnnotationPresent(Entity.class)) {
      entities.add(c.getName());
    }
    if (c.isRecord()) {
      for (RecordComponent component : c.getRecordComponents()) {
        collect(component.getGenericType(), entities, seen);
      }
    }
  }
}
