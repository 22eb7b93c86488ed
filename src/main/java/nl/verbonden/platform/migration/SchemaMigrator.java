package nl.verbonden.platform.migration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.DerbyDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings the schema up to date with the versioned Liquibase changelog, at start-up, before anything
 * else touches the database: every bean that uses the database at start-up {@code @DependsOn} this
 * one, and JPA never generates schema. The same changelog runs on Derby and PostgreSQL.
 */
@Singleton
@Startup
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

  public static final String CHANGELOG = "db/changelog/db.changelog-master.xml";
  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

  @Resource(lookup = "jdbc/verbonden")
  private DataSource dataSource;

  private volatile MigrationState state = MigrationState.notRun();

  @PostConstruct
  void migrate() {
    try (Connection connection = dataSource.getConnection()) {
      Database database =
          DatabaseFactory.getInstance()
              .findCorrectDatabaseImplementation(new JdbcConnection(connection));
      if (database instanceof DerbyDatabase derby) {
        derby.setShutdownEmbeddedDerby(false); // the data source owns the embedded database
      }
      try (Liquibase liquibase =
          new Liquibase(
              CHANGELOG, new ClassLoaderResourceAccessor(getClass().getClassLoader()), database)) {
        int pendingBefore = liquibase.listUnrunChangeSets(null, null).size();
        liquibase.update((String) null);
        int pendingAfter = liquibase.listUnrunChangeSets(null, null).size();
        int applied = liquibase.getDatabaseChangeLog().getChangeSets().size() - pendingAfter;
        state = MigrationState.done(database.getDatabaseProductName(), applied, pendingAfter);
        LOG.info(
            () ->
                "Schema up to date on "
                    + state.database()
                    + ": "
                    + pendingBefore
                    + " change sets applied now, "
                    + state.applied()
                    + " in all");
      }
    } catch (SQLException | LiquibaseException e) {
      state = MigrationState.failed(e.getMessage());
      throw new IllegalStateException(
          "Database migration failed; the application does not start", e);
    }
  }

  /** What the last migration run did, for the health check. */
  public MigrationState state() {
    return state;
  }
}
