package nl.verbonden.web;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The two-server setup of issue 21 as the cluster tests ({@code *ClusterIT}, {@code mvn -Pcluster
 * verify}) see it: started once per test run by {@code liberty/cluster/cluster.sh} on a fresh
 * PostgreSQL database, with both servers starting at the same moment, and stopped when the test JVM
 * ends. The tests reach it through the balancer or each server directly, and read the database with
 * plain JDBC.
 */
final class Cluster {

  static final String A = "A";
  static final String B = "B";

  private static boolean started;

  private Cluster() {}

  /**
   * Starts the cluster unless this test run already did, or unless {@code
   * -Dverbonden.cluster.running=true} says a person started it with cluster.sh (then it is left
   * running).
   */
  static synchronized void start() {
    if (started || Boolean.getBoolean("verbonden.cluster.running")) {
      return;
    }
    script("start");
    started = true;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> script("stop")));
  }

  /** {@code kill -9} of a server's JVM. */
  static void kill(String node) {
    script("kill", node);
  }

  /** Starts a server again and waits until it is ready. */
  static void startNode(String node) {
    script("start-node", node);
  }

  /** Starts the third server, whose users come from the directory of LdapClusterIT. */
  static void startLdap() {
    script("start-ldap");
  }

  static void stopLdap() {
    script("stop-ldap");
  }

  /** The address of the server with the LDAP registry. */
  static URL ldap() {
    return url(Integer.getInteger("verbonden.cluster.ldap.http.port", 9690));
  }

  /** Starts the OpenID Connect provider and the Verbonden server that uses it. */
  static void startOidc() {
    script("start-oidc");
  }

  static void stopOidc() {
    script("stop-oidc");
  }

  /** The address of the server whose people log in through the OpenID Connect provider. */
  static URL oidc() {
    return url(Integer.getInteger("verbonden.cluster.rp.http.port", 9695));
  }

  /** The balancer's address. */
  static URL balancer() {
    return url(Integer.getInteger("verbonden.cluster.balancer.port", 9681));
  }

  /** One server's own address, bypassing the balancer. */
  static URL node(String node) {
    return url(
        A.equals(node)
            ? Integer.getInteger("verbonden.cluster.port.a", 9682)
            : Integer.getInteger("verbonden.cluster.port.b", 9684));
  }

  /** The other server. */
  static String other(String node) {
    return A.equals(node) ? B : A;
  }

  /** The cluster's database. */
  static Connection database() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:5432/" + System.getProperty("verbonden.cluster.db", "vb_clu"),
        "postgres",
        "");
  }

  /** A server's messages.log. */
  static Path log(String node) {
    return Path.of("target", "liberty", "wlp", "usr", "servers", "vbclu" + node, "logs")
        .resolve("messages.log");
  }

  private static URL url(int port) {
    try {
      return URI.create("http://127.0.0.1:" + port + "/").toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void script(String... arguments) {
    List<String> command = new ArrayList<>(List.of("bash", "liberty/cluster/cluster.sh"));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    builder.environment().put("CLUSTER_FRESH_DB", "true");
    for (String[] setting :
        new String[][] {
          {"verbonden.cluster.db", "CLUSTER_DB"},
          {"verbonden.cluster.balancer.port", "CLUSTER_BALANCER_PORT"},
          {"verbonden.cluster.port.a", "CLUSTER_PORT_A"},
          {"verbonden.cluster.port.b", "CLUSTER_PORT_B"}
        }) {
      String value = System.getProperty(setting[0]);
      if (value != null && !value.isBlank()) {
        builder.environment().put(setting[1], value);
      }
    }
    String clock = System.getProperty("verbonden.clock", "");
    builder.environment().put("VERBONDEN_CLOCK", clock);
    try {
      Process process = builder.start();
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("cluster.sh " + String.join(" ", arguments) + ": timeout");
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            "cluster.sh " + String.join(" ", arguments) + " failed: " + process.exitValue());
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
