package nl.verbonden.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import nl.verbonden.platform.migration.MigrationState;
import nl.verbonden.platform.migration.SchemaMigrator;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and every migration has run. Served at /health/ready. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

  @Resource(lookup = "jdbc/verbonden")
  private DataSource dataSource;

  @Inject private SchemaMigrator migrator;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
    boolean reachable;
    try (Connection connection = dataSource.getConnection()) {
      reachable = connection.isValid(2);
      response.withData("product", connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      reachable = false;
      response.withData("error", e.getMessage());
    }
    MigrationState migration = migrator.state();
    response
        .withData("reachable", reachable)
        .withData("migrationsApplied", migration.applied())
        .withData("migrationsPending", migration.pending())
        .withData("migrationSucceeded", migration.succeeded());
    return response.status(reachable && migration.succeeded()).build();
  }
}
