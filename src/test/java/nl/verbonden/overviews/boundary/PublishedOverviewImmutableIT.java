package nl.verbonden.overviews.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import javax.sql.DataSource;
import nl.verbonden.overviews.entity.OverviewListing;
import nl.verbonden.testsupport.InContainer;
import org.junit.jupiter.api.Test;

/**
 * The database itself keeps published overviews as published (migration 012, docs/decisions/0015):
 * plain JDBC, past the application, can neither change nor delete a published row, on Derby and on
 * PostgreSQL (-Pit-postgresql); publishing, an INSERT, still works.
 */
class PublishedOverviewImmutableIT extends InContainer {

  @Inject private OverviewService overviews;
  @Inject private java.time.Clock clock;

  @Resource(lookup = "jdbc/verbonden")
  private DataSource dataSource;

  private OverviewListing published() {
    as.login("regisseur.woudenberg");
    return overviews.publish(LocalDate.now(clock).getYear() - 2, null, null);
  }

  @Test
  void anUpdateOfAPublishedRowIsRefused() throws Exception {
    OverviewListing version = published();
    byte[] pdf = storedPdf(version.id());
    for (String update :
        new String[] {
          "update published_overview set replacement_note = 'stilletjes aangepast' where id = ?",
          "update published_overview set pdf_sha256 = data_sha256 where id = ?",
          "update published_overview set pdf = pdf where id = ?"
        }) {
      SQLException refused = assertThrows(SQLException.class, () -> execute(update, version.id()));
      assertRefusedAsImmutable(refused);
    }
    assertArrayEquals(pdf, storedPdf(version.id()), "the PDF is as published");
    assertEquals(
        version.pdfSha256(),
        text("select pdf_sha256 from published_overview where id = ?", version.id()));
    assertEquals(
        null, text("select replacement_note from published_overview where id = ?", version.id()));
  }

  @Test
  void aDeleteOfAPublishedRowIsRefused() throws Exception {
    OverviewListing version = published();
    SQLException refused =
        assertThrows(
            SQLException.class,
            () -> execute("delete from published_overview where id = ?", version.id()));
    assertRefusedAsImmutable(refused);
    SQLException all =
        assertThrows(
            SQLException.class,
            () -> execute("delete from published_overview where id >= ?", 0L),
            "a delete of every row is refused as a whole");
    assertRefusedAsImmutable(all);
    assertEquals(
        version.pdfSha256(),
        text("select pdf_sha256 from published_overview where id = ?", version.id()),
        "the row is still there");
  }

  private static void assertRefusedAsImmutable(SQLException refused) {
    // PostgreSQL: the trigger's exception; Derby: the guard's check constraint
    // PUBLISHED_OVERVIEW_IS_IMMUTABLE (docs/decisions/0015)
    StringBuilder messages = new StringBuilder();
    for (Throwable t = refused; t != null; t = t.getCause()) {
      messages.append(t.getMessage()).append(' ');
    }
    assertTrue(
        messages.toString().toLowerCase(Locale.ROOT).contains("immutable"),
        () -> "refused for another reason: " + messages);
    assertTrue(
        refused.getSQLState() != null && refused.getSQLState().startsWith("23"),
        () -> "an integrity violation, not " + refused.getSQLState());
  }

  private int execute(String sql, Long id) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, id);
      return statement.executeUpdate();
    }
  }

  private String text(String sql, Long id) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, id);
      try (ResultSet row = statement.executeQuery()) {
        assertTrue(row.next(), "no row " + id);
        return row.getString(1);
      }
    }
  }

  private byte[] storedPdf(Long id) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("select pdf from published_overview where id = ?")) {
      statement.setLong(1, id);
      try (ResultSet row = statement.executeQuery()) {
        assertTrue(row.next(), "no row " + id);
        return row.getBytes(1);
      }
    }
  }
}
