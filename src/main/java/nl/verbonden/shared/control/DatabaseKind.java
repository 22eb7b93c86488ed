package nl.verbonden.shared.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Which database the application runs on, read once from the driver's metadata (no statement): the
 * search uses PostgreSQL's full-text search where it can and a plain fallback on Derby.
 */
@ApplicationScoped
public class DatabaseKind {

  @Resource(lookup = "jdbc/verbonden")
  private DataSource dataSource;

  private volatile Boolean postgres;

  /** Whether the database is PostgreSQL. */
  public boolean isPostgres() {
    Boolean known = postgres;
    if (known == null) {
      try (Connection connection = dataSource.getConnection()) {
        known =
            connection
                .getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot read the database's product name", e);
      }
      postgres = known;
    }
    return known;
  }

  /** The text condition for this database. */
  public TextMatch textMatch() {
    return new TextMatch(isPostgres());
  }
}
