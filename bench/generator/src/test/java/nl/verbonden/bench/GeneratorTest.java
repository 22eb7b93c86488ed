package nl.verbonden.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Size S into a fresh in-memory Derby database, migrated by the application's own changelog. */
class GeneratorTest {

  private static Connection fresh(String name) throws SQLException {
    return DriverManager.getConnection("jdbc:derby:memory:" + name + ";create=true");
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void sizeSFillsTheDemoTenantWithTheExpectedRows() throws SQLException {
    try (Connection c = fresh("bench-s")) {
      Generator.Result result =
          Generator.generate(c, Generator.Size.of("S"), Generator.DEFAULT_SEED);

      assertEquals(2, count(c, "SELECT COUNT(*) FROM tenant")); // Woudenberg with data, Zeist empty
      assertEquals(50, count(c, "SELECT COUNT(*) FROM party WHERE tenant_code = 'GM0351'"));
      assertEquals(
          150 + 1,
          count(c, "SELECT COUNT(*) FROM agreement")); // + the import benchmark's agreement
      assertEquals(750 + 100, count(c, "SELECT COUNT(*) FROM agreement_indicator"));
      assertEquals(36_000, count(c, "SELECT COUNT(*) FROM measurement"));
      assertEquals(36_000L, result.rows().get("measurement"));
      assertEquals(200, count(c, "SELECT COUNT(*) FROM role_assignment"));
      assertEquals(150, count(c, "SELECT COUNT(*) FROM participant"));
      assertEquals(50, count(c, "SELECT COUNT(*) FROM party_relation"));
      assertEquals(100, count(c, "SELECT COUNT(*) FROM relation_position"));
      assertEquals(12, count(c, "SELECT COUNT(*) FROM office"));
      assertEquals(
          1,
          count(
              c,
              "SELECT COUNT(*) FROM user_account WHERE login_name = 'regisseur.woudenberg' AND tenant_code = 'GM0351'"));
      // every RSIN passes the eleven-test, as the application's Rsin rule demands
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT rsin FROM party")) {
        while (rs.next()) {
          assertTrue(elevenTest(rs.getString(1)), rs.getString(1));
        }
      }
      // identities continue after the generated ids: the application can insert
      try (Statement s = c.createStatement()) {
        s.executeUpdate(
            "INSERT INTO person (tenant_code, name, version, created_at, created_by, updated_at, updated_by)"
                + " VALUES ('GM0351', 'Nieuw Persoon', 0, CURRENT_TIMESTAMP, 't', CURRENT_TIMESTAMP, 't')");
      }
      assertEquals(13, count(c, "SELECT MAX(id) FROM person"));
    }
  }

  @Test
  void theSameSeedGivesTheSameData() throws SQLException {
    String digest =
        "SELECT SUM(CAST(measured_value * 100 AS BIGINT) * MOD(id, 97)) FROM measurement";
    try (Connection a = fresh("bench-a");
        Connection b = fresh("bench-b")) {
      Generator.generate(a, Generator.Size.of("S"), 7);
      Generator.generate(b, Generator.Size.of("S"), 7);
      assertEquals(count(a, digest), count(b, digest));
      assertEquals(
          count(a, "SELECT SUM(LENGTH(name) * MOD(id, 89)) FROM party"),
          count(b, "SELECT SUM(LENGTH(name) * MOD(id, 89)) FROM party"));
    }
  }

  @Test
  void refusesADatabaseThatHoldsData() throws SQLException {
    try (Connection c = fresh("bench-twice")) {
      Generator.generate(c, Generator.Size.of("S"), 1);
      assertThrows(
          IllegalStateException.class, () -> Generator.generate(c, Generator.Size.of("S"), 1));
    }
  }

  private static boolean elevenTest(String d) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (d.charAt(i) - '0');
    }
    return (sum - (d.charAt(8) - '0')) % 11 == 0;
  }
}
