package nl.verbonden.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive every integration test deploys: the real application WAR as Maven packaged it, plus
 * the test support classes for in-container tests.
 */
public final class Deployments {

  private Deployments() {}

  public static WebArchive application() {
    File war = new File(System.getProperty("verbonden.war", "target/verbonden.war"));
    return ShrinkWrap.create(ZipImporter.class, "verbonden.war")
        .importFrom(war)
        .as(WebArchive.class);
  }

  /** The application plus the in-container helpers. */
  public static WebArchive withTestSupport() {
    JavaArchive openRunner =
        ShrinkWrap.create(JavaArchive.class, "verbonden-test-runner.jar")
            .addAsManifestResource("arquillian-open/web-fragment.xml", "web-fragment.xml");
    return application()
        .addClasses(TestData.class, AsUser.class, Deployments.class)
        .addAsLibrary(openRunner);
  }
}
