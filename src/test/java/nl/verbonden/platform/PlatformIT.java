package nl.verbonden.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import nl.verbonden.platform.health.DatabaseHealthCheck;
import nl.verbonden.platform.migration.MigrationState;
import nl.verbonden.platform.migration.SchemaMigrator;
import nl.verbonden.testsupport.InContainer;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;

/** Migrations ran before anything else, on the configured database, and health reports it. */
class PlatformIT extends InContainer {

  @Inject private SchemaMigrator migrator;
  @Inject @Readiness private DatabaseHealthCheck health;

  @Test
  void everyMigrationHasRun() {
    MigrationState state = migrator.state();
    assertTrue(state.succeeded(), () -> "migration failed: " + state.error());
    assertEquals(0, state.pending());
    assertTrue(state.applied() >= 3, "the change sets of the first releases are applied");
    assertNull(state.error());
    assertTrue(state.database() != null, "database product known");
  }

  @Test
  void readinessSaysUpAndNothingMoreToWhoeverAsks() {
    HealthCheckResponse response = health.call();
    assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
    // no database product, error message or counts: the endpoint answers anonymous callers
    assertTrue(response.getData().map(java.util.Map::isEmpty).orElse(true), response.toString());
  }
}
