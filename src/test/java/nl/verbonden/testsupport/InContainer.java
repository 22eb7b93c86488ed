package nl.verbonden.testsupport;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every in-container test shares: it runs inside the integration-test server, in the one
 * archive of {@link Deployments} (so it declares no {@code @Deployment} of its own), logs in with
 * {@link #as} as a demo user, reads around the services with {@link #data}, and is logged out after
 * each test.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class InContainer {

  @Inject protected AsUser as;
  @Inject protected TestData data;

  @AfterEach
  void logOutAfterEachTest() {
    as.logout();
  }
}
