package nl.verbonden.platform;

import static nl.verbonden.testsupport.Demo.WOUDENBERG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import nl.verbonden.testsupport.InContainer;
import org.junit.jupiter.api.Test;

/**
 * Defence in depth (migrations 013 and 014): a row of tenant data cannot refer to a row of another
 * tenant, whatever the application does. Plain JDBC moves a Woudenberg row that refers to a
 * Woudenberg parent to Zeist; the database refuses, on Derby and on PostgreSQL.
 */
class TenantForeignKeysIT extends InContainer {

  private static final String ZEIST = "GM0355";

  @Resource(lookup = "jdbc/verbonden")
  private DataSource dataSource;

  @Test
  void aRowCannotReferToAParentOfAnotherTenant() throws Exception {
    for (String table :
        List.of(
            "participant",
            "year_figures",
            "party_relation",
            "office",
            "role_assignment",
            "party_governance",
            "agreement",
            "agreement_indicator",
            "measurement",
            "escalation_event",
            "relation_position",
            "indicator_threshold",
            "arrangement_year",
            "zienswijze",
            "zienswijze_step",
            // issue 17, migration 020
            "positioning_principle",
            "positioning_option",
            "positioning_score",
            "positioning_milestone",
            "positioning_status_change")) {
      long id = firstRow(table);
      SQLException refused =
          assertThrows(
              SQLException.class,
              () -> moveTo(table, id, ZEIST),
              () -> table + " " + id + " moved to another tenant than its parent's");
      assertEquals("23", refused.getSQLState().substring(0, 2), () -> table + ": " + refused);
      assertTrue(
          refused.getMessage().toLowerCase(Locale.ROOT).contains("fkt_"),
          () -> table + ": refused by the tenant key, not by " + refused.getMessage());
      assertEquals(1, moveTo(table, id, WOUDENBERG), "its own tenant is fine");
    }
  }

  private long firstRow(String table) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select min(id) from " + table + " where tenant_code = ?")) {
      query.setString(1, WOUDENBERG);
      try (ResultSet row = query.executeQuery()) {
        assertTrue(row.next() && row.getLong(1) > 0, "the demo has a row in " + table);
        return row.getLong(1);
      }
    }
  }

  private int moveTo(String table, long id, String tenant) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement("update " + table + " set tenant_code = ? where id = ?")) {
      update.setString(1, tenant);
      update.setLong(2, id);
      return update.executeUpdate();
    }
  }
}
