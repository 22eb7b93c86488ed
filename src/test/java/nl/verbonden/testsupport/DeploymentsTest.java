package nl.verbonden.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every integration test fits one of the two ways they run on the one integration-test server: in
 * the container, in the shared deployment, or as a browser test against the application WAR.
 */
class DeploymentsTest {

  @Test
  void theSharedDeploymentHoldsEveryInContainerTestAndNoBrowserTest() {
    List<String> names = Deployments.inContainerTests().stream().map(Class::getName).toList();
    assertTrue(
        names.containsAll(
            List.of(
                "nl.verbonden.platform.PlatformIT",
                "nl.verbonden.register.boundary.PartyRegisterIT",
                "nl.verbonden.tenancy.boundary.TenantAdministrationIT")),
        names::toString);
    // a browser test is in it only when it stores its data in the container (and uses the browser
    // as client)
    assertTrue(
        Deployments.inContainerTests().stream()
            .filter(t -> t.getSimpleName().endsWith("BrowserIT"))
            .allMatch(DeploymentsTest::usesTheBrowserAsClient),
        names::toString);
  }

  @Test
  void everyIntegrationTestRunsInTheContainerOrInTheBrowser() {
    List<Class<?>> tests = Deployments.integrationTests();
    assertTrue(tests.size() >= 17, () -> "integration tests found: " + tests);
    for (Class<?> test : tests) {
      boolean inContainer = InContainer.class.isAssignableFrom(test);
      boolean browser =
          test.getPackageName().equals("nl.verbonden.web")
                  && (test.getSimpleName().endsWith("BrowserIT")
                      // issue 21: the two-server tests, against the servers of
                      // liberty/cluster/cluster.sh
                      || test.getSimpleName().endsWith("ClusterIT"))
              // issue 20: the REST API's tests are plain HTTP clients against TestServer.url() too
              || test.getPackageName().equals("nl.verbonden.api") && !inContainer;
      assertTrue(
          inContainer != browser || usesTheBrowserAsClient(test),
          () ->
              test
                  + ": extend InContainer, or be a browser test in nl.verbonden.web (one that"
                  + " extends InContainer to store its data runs its browser methods as client)");
      if (browser && !inContainer) {
        ExtendWith extensions = test.getAnnotation(ExtendWith.class);
        assertTrue(
            extensions == null
                || Arrays.stream(extensions.value()).noneMatch(ArquillianExtension.class::equals),
            () -> test + ": a browser test is plain JUnit against TestServer.url()");
      }
    }
  }

  @Test
  void noIntegrationTestDeclaresADeploymentOfItsOwn() {
    // the suite extension would ignore it: every in-container test runs in
    // Deployments.inContainer()
    for (Class<?> test : Deployments.integrationTests()) {
      List<Method> own =
          Arrays.stream(test.getDeclaredMethods())
              .filter(m -> m.isAnnotationPresent(Deployment.class))
              .toList();
      assertEquals(List.of(), own, () -> test + " declares its own @Deployment");
    }
  }

  /**
   * A browser test that stores its data in the container: it extends InContainer, and its methods
   * that use the browser run as client.
   */
  private static boolean usesTheBrowserAsClient(Class<?> test) {
    return InContainer.class.isAssignableFrom(test)
        && test.getPackageName().equals("nl.verbonden.web")
        && Arrays.stream(test.getDeclaredMethods())
            .anyMatch(
                m ->
                    m.isAnnotationPresent(
                        org.jboss.arquillian.container.test.api.RunAsClient.class));
  }
}
