package nl.verbonden.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one archive all in-container tests share (arquillian-suite-extension, configured in
 * arquillian.xml): the real application WAR as Maven packaged it, plus the test support classes and
 * every in-container test class. Arquillian deploys it once, at the first in-container test class,
 * beside the application WAR the build deployed for the browser tests; so it has its own name and
 * context root ({@code /verbonden-it}).
 */
public final class Deployments {

  /** The name, and so the Liberty application name, of the shared in-container archive. */
  public static final String NAME = "verbonden-it.war";

  private static final String WEB_EXT = "WEB-INF/ibm-web-ext.xml";

  private Deployments() {}

  @Deployment
  public static WebArchive inContainer() {
    File war = new File(System.getProperty("verbonden.war", "target/verbonden.war"));
    JavaArchive openRunner =
        ShrinkWrap.create(JavaArchive.class, "verbonden-test-runner.jar")
            .addAsManifestResource("in-container/web-fragment.xml", "web-fragment.xml");
    WebArchive archive =
        ShrinkWrap.create(ZipImporter.class, NAME).importFrom(war).as(WebArchive.class);
    archive.delete(WEB_EXT);
    archive
        .addAsWebInfResource("in-container/ibm-web-ext.xml", "ibm-web-ext.xml")
        .addPackage(Deployments.class.getPackage())
        .addAsLibrary(openRunner);
    for (Class<?> test : inContainerTests()) {
      archive.addClass(test);
    }
    for (Class<?> fixtures : fixtures()) {
      archive.addClass(fixtures);
    }
    return archive;
  }

  /**
   * Every test class that runs in the container: the integration tests that extend {@link
   * InContainer}. Found, not listed, so that a new one cannot be left out.
   */
  static List<Class<?>> inContainerTests() {
    List<Class<?>> tests =
        integrationTests().stream().filter(InContainer.class::isAssignableFrom).toList();
    if (tests.isEmpty()) {
      throw new IllegalStateException("No in-container test classes under " + testClasses());
    }
    return tests;
  }

  /**
   * The helpers that integration tests of a component share ({@code *Fixtures}, e.g. {@code
   * agreements/boundary/AgreementFixtures}): they go into the archive with the tests.
   */
  static List<Class<?>> fixtures() {
    return compiledTests("Fixtures.class");
  }

  /** Every integration test class: the {@code *IT} classes among the compiled tests. */
  static List<Class<?>> integrationTests() {
    return compiledTests("IT.class");
  }

  private static List<Class<?>> compiledTests(String ending) {
    Path classes = testClasses();
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .map(f -> classes.relativize(f).toString())
          .filter(f -> f.endsWith(ending))
          .map(f -> f.substring(0, f.length() - ".class".length()).replace(File.separatorChar, '.'))
          .sorted()
          .<Class<?>>map(Deployments::load)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path testClasses() {
    try {
      return Path.of(Deployments.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, Deployments.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
