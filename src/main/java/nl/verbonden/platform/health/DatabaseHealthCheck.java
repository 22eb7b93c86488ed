package nl.verbonden.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.verbonden.platform.migration.MigrationState;
import nl.verbonden.platform.migration.SchemaMigrator;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database answers and every migration has run. Served at /health/ready to anyone (a
 * load balancer asks without logging in), so it says UP or DOWN and nothing more; the reason for
 * DOWN goes to the server log.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

  private static final Logger LOG = Logger.getLogger(DatabaseHealthCheck.class.getName());

  @Resource(lookup = "jdbc/verbonden")
  private DataSource dataSource;

  @Inject private SchemaMigrator migrator;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
    boolean reachable;
    try (Connection connection = dataSource.getConnection()) {
      reachable = connection.isValid(2);
    } catch (SQLException e) {
      reachable = false;
      // the reason goes to the log, not to whoever asks: the endpoint answers anyone
      LOG.log(Level.WARNING, "Database not reachable for the readiness check", e);
    }
    MigrationState migration = migrator.state();
    if (!migration.succeeded()) {
      LOG.warning(
          () ->
              "Migrations not complete: "
                  + migration.applied()
                  + " applied, "
                  + migration.pending()
                  + " pending");
    }
    // UP or DOWN only: the endpoint is open to anonymous callers (load balancers)
    return response.status(reachable && migration.succeeded()).build();
  }
}
