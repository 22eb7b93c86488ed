package nl.verbonden.testsupport;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every in-container test shares: it runs inside the integration-test server, in the one
 * archive of {@link Deployments} (so it declares no {@code @Deployment} of its own), logs in with
 * {@link #as} as a demo user, reads around the services with {@link #data}, and is logged out after
 * each test. A browser test whose data only the container can store (XssBatteryBrowserIT) extends
 * it too: its methods that use the browser run as client ({@code @RunAsClient}).
 */
@ExtendWith(ArquillianExtension.class)
public abstract class InContainer {

  @Inject protected AsUser as;
  @Inject protected TestData data;

  @AfterEach
  void logOutAfterEachTest() {
    if (as != null) { // null in a method that runs as client (@RunAsClient)
      as.logout();
    }
  }
}
