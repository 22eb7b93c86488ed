package nl.verbonden.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.verbonden.shared.entity.Changed;
import nl.verbonden.shared.entity.HistoryEntry;
import nl.verbonden.shared.entity.HistoryRow;
import nl.verbonden.shared.entity.HistorySubject;
import nl.verbonden.shared.entity.TenantOwnedEntity;
import org.junit.jupiter.api.Test;

/**
 * How every writer of decision 0014 writes: only its own kind, a row per line in order, by the
 * person named; a municipality's data only in a persistence context bound to a tenant.
 */
class HistoryRowsTest {

  enum Mine implements HistorySubject {
    THING
  }

  enum Theirs implements HistorySubject {
    OTHER
  }

  record Row(HistoryEntry entry) implements HistoryRow {
    @Override
    public Long getId() {
      return null;
    }

    @Override
    public Instant getCreatedAt() {
      return null;
    }

    @Override
    public String getCreatedBy() {
      return null;
    }

    @Override
    public HistoryEntry getEntry() {
      return entry;
    }
  }

  private final List<Object> persisted = new ArrayList<>();
  private final Map<String, Object> properties = new HashMap<>();

  /** An entity manager that only keeps what is persisted and answers its properties. */
  private final EntityManager em =
      (EntityManager)
          Proxy.newProxyInstance(
              EntityManager.class.getClassLoader(),
              new Class<?>[] {EntityManager.class},
              (proxy, method, args) ->
                  switch (method.getName()) {
                    case "persist" -> {
                      persisted.add(args[0]);
                      yield null;
                    }
                    case "getProperties" -> properties;
                    default -> throw new UnsupportedOperationException(method.getName());
                  });

  private final Changed twoLines =
      new Changed(
          Mine.THING,
          3L,
          List.of(
              new Changed.Line("a.name", null, "Oud", "Nieuw"),
              new Changed.Line("a.email", null, null, "x@y.nl")));

  @Test
  void aRowPerLineInOrderByThePersonNamed() {
    HistoryRows.write(em, twoLines, Mine.class, "Sanne de Vries", Row::new, false);

    assertEquals(2, persisted.size());
    HistoryEntry first = ((Row) persisted.get(0)).entry();
    assertEquals("THING", first.getSubjectKind());
    assertEquals(3L, first.getSubjectId());
    assertEquals("a.name", first.getFieldKey());
    assertEquals("Nieuw", first.getNewValue());
    assertEquals("Sanne de Vries", first.getWho());
    assertEquals("a.email", ((Row) persisted.get(1)).entry().getFieldKey());
  }

  @Test
  void anotherComponentsKindOrAnEmptyChangeWritesNothing() {
    HistoryRows.write(
        em, Changed.of(Theirs.OTHER, 3L, "a", null, null, "b"), Mine.class, "X", Row::new, false);
    HistoryRows.write(em, new Changed(Mine.THING, 3L, List.of()), Mine.class, "X", Row::new, true);

    assertTrue(persisted.isEmpty());
  }

  @Test
  void aMunicipalitysDataNeedsATenantBoundAlready() {
    assertThrows(
        IllegalStateException.class,
        () -> HistoryRows.write(em, twoLines, Mine.class, "X", Row::new, true));
    assertTrue(persisted.isEmpty());

    properties.put(TenantOwnedEntity.TENANT_PROPERTY, "GM0351");
    HistoryRows.write(em, twoLines, Mine.class, "X", Row::new, true);
    assertEquals(2, persisted.size());
  }
}
