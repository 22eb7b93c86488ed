package nl.verbonden.testsupport;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;

/**
 * The integration-test server as the browser tests see it: the application WAR the build deployed
 * and started once before the integration tests (pom.xml, liberty-maven-plugin), at {@code /}.
 */
public final class TestServer {

  private TestServer() {}

  /**
   * The application's address, from the system property {@code verbonden.it.url} (Failsafe sets it
   * from {@code it.http.port}).
   */
  public static URL url() {
    String url =
        System.getProperty(
            "verbonden.it.url",
            "http://localhost:" + System.getProperty("verbonden.it.http.port", "9181") + "/");
    try {
      return URI.create(url).toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException("Not a URL: " + url, e);
    }
  }
}
