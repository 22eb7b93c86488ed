package nl.verbonden.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: both servers started at the same moment on an empty database (cluster.sh). Liquibase's
 * lock lets one migrate while the other waits: every change set ran exactly once, both servers
 * started with the schema complete, and the lock is free again.
 */
class MigrationsClusterIT {

  private static final Pattern APPLIED =
      Pattern.compile(
          "Schema up to date on PostgreSQL: \\d+ change sets applied now, (\\d+) in all");

  @BeforeAll
  static void cluster() {
    Cluster.start();
  }

  @Test
  void twoServersStartingAtOnceOnAnEmptyDatabaseApplyEveryChangeSetOnce() throws Exception {
    int upToDateA = upToDate(Cluster.A);
    int upToDateB = upToDate(Cluster.B);
    try (Connection db = Cluster.database();
        Statement q = db.createStatement()) {
      int changeSets = count(q, "SELECT count(*) FROM databasechangelog");
      int distinct =
          count(
              q,
              "SELECT count(*) FROM (SELECT DISTINCT id, author, filename FROM databasechangelog) d");
      assertEquals(changeSets, distinct, "no change set ran twice");
      assertEquals(changeSets, upToDateA, "server A found every change set applied");
      assertEquals(changeSets, upToDateB, "server B found every change set applied");
      assertEquals(
          0,
          count(q, "SELECT count(*) FROM databasechangelog WHERE exectype <> 'EXECUTED'"),
          "every change set executed, none marked ran or failed");
      try (ResultSet lock = q.executeQuery("SELECT locked FROM databasechangeloglock")) {
        while (lock.next()) {
          assertFalse(lock.getBoolean(1), "the lock is free");
        }
      }
    }
    assertTrue(
        Files.readString(Cluster.log(Cluster.A), StandardCharsets.UTF_8).contains("CWWKF0011I")
            && Files.readString(Cluster.log(Cluster.B), StandardCharsets.UTF_8)
                .contains("CWWKF0011I"),
        "both servers started");
  }

  /** How many change sets the server's first start found applied after its migration run. */
  private static int upToDate(String node) throws Exception {
    List<String> lines = Files.readAllLines(Cluster.log(node), StandardCharsets.UTF_8);
    for (String line : lines) {
      Matcher m = APPLIED.matcher(line);
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
    }
    throw new AssertionError("server " + node + " did not log its migration run");
  }

  private static int count(Statement q, String sql) throws Exception {
    try (ResultSet row = q.executeQuery(sql)) {
      row.next();
      return row.getInt(1);
    }
  }
}
