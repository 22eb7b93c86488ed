package nl.verbonden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.verbonden.platform.demo.DemoDataLoader;
import nl.verbonden.shared.web.HttpsOnlyFilter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The server configuration as shipped ({@code liberty/config}, read as Liberty reads it: server.xml
 * and what it includes, with the variables of bootstrap.properties) is the production one: no demo
 * accounts, no demo data, HTTPS only, a logged-out login cookie refused; and no file holds a
 * password in plain text. The development run and the test server keep their demo by settings of
 * their own (pom.xml).
 */
class ServerConfigurationTest {

  private static final Path CONFIG = Path.of("liberty/config");

  /** bootstrap.properties of a production server (docs/deployment.md). */
  private static final Map<String, String> PRODUCTION =
      Map.of("db.type", "postgresql", "verbonden.mode", "run");

  @Test
  void theShippedConfigurationHasNoAccountsAndLoadsNoDemo() throws Exception {
    for (String db : List.of("postgresql", "derby")) {
      Config config = Config.read(Map.of("db.type", db, "verbonden.mode", "run"));
      assertFalse(config.files.contains("demo-users.xml"), config.files.toString());
      assertTrue(config.elements("user").isEmpty(), "no account in the shipped registry");
      assertEquals("false", config.variable("demo.data"));
      assertEquals("", config.variable("verbonden.first.beheerder"));
    }
    assertEquals("false", configDefault(DemoDataLoader.class, "enabled"));
  }

  @Test
  void theShippedConfigurationIsHttpsOnlyAndRefusesALoggedOutLoginCookie() throws Exception {
    Config config = Config.read(PRODUCTION);
    assertTrue(config.features().contains("transportSecurity-1.0"), config.features().toString());
    assertEquals("true", config.variable("verbonden.https.only"));
    assertEquals("true", configDefault(HttpsOnlyFilter.class, "httpsOnly"));
    Element security = config.single("webAppSecurity");
    assertEquals("true", security.getAttribute("trackLoggedOutSSOCookies"));
    assertEquals("true", security.getAttribute("logoutOnHttpSessionExpire"));
    assertEquals("true", security.getAttribute("httpOnlyCookies"));
    assertEquals("Lax", security.getAttribute("sameSiteCookie"));
    assertEquals("true", config.resolve(security.getAttribute("ssoRequiresSSL")));
    Element session = config.single("httpSession");
    assertEquals("true", config.resolve(session.getAttribute("cookieSecure")));
    assertEquals("true", session.getAttribute("cookieHttpOnly"));
    Element options = config.single("httpOptions");
    long limit = Long.parseLong(config.resolve(options.getAttribute("MessageSizeLimit")));
    assertTrue(
        limit > 22020096 && limit <= 32 * 1024 * 1024, "request bodies are limited: " + limit);
  }

  @Test
  void theDevelopmentRunAndTheTestServerKeepTheDemoAccountsByTheirOwnSettings() throws Exception {
    // the test server has the demo's five and the XSS battery's own regisseur
    for (Map.Entry<String, Integer> mode : Map.of("demo", 5, "it", 6).entrySet()) {
      Config config = Config.read(Map.of("db.type", "derby", "verbonden.mode", mode.getKey()));
      assertTrue(config.files.contains("demo-users.xml"), mode + ": " + config.files);
      assertEquals(mode.getValue(), config.elements("user").size(), mode.getKey());
    }
    String pom = Files.readString(Path.of("pom.xml"));
    String run = between(pom, "<id>default-cli</id>", "</execution>");
    assertTrue(run.contains("<verbonden.mode>demo</verbonden.mode>"), run);
    assertTrue(run.contains("<demo.data>true</demo.data>"), run);
    assertTrue(run.contains("<verbonden.https.only>false</verbonden.https.only>"), run);
    String it = between(pom, "<id>create-and-start-it-server</id>", "</execution>");
    assertTrue(it.contains("<verbonden.mode>it</verbonden.mode>"), it);
    assertTrue(it.contains("<demo.data>true</demo.data>"), it);
  }

  /**
   * API tokens (decision 0030): Liberty checks them with the issuer and audience the application
   * signs, under a secret that production sets itself (empty as shipped: no token works), and only
   * on /api/ requests with a bearer token, so that the pages keep their login.
   */
  @Test
  void apiTokensAreCheckedWithTheApplicationsIssuerAndTheInstallationsSecret() throws Exception {
    Config config = Config.read(PRODUCTION);
    assertTrue(config.features().contains("mpJwt-2.1"), config.features().toString());
    Element jwt = config.single("mpJwt");
    assertEquals(nl.verbonden.api.control.TokenSigner.ISSUER, jwt.getAttribute("issuer"));
    assertEquals(nl.verbonden.api.control.TokenSigner.AUDIENCE, jwt.getAttribute("audiences"));
    assertEquals("HS256", jwt.getAttribute("signatureAlgorithm"));
    assertEquals("false", jwt.getAttribute("mapToUserRegistry"));
    assertEquals("${verbonden.api.token.secret}", jwt.getAttribute("sharedKey"));
    assertEquals("", config.variable("verbonden.api.token.secret"));
    Element filter = config.single("authFilter");
    assertEquals(jwt.getAttribute("authFilterRef"), filter.getAttribute("id"));
    assertEquals(
        "/api/",
        ((Element) filter.getElementsByTagName("requestUrl").item(0)).getAttribute("urlPattern"));
    assertEquals(
        "Authorization",
        ((Element) filter.getElementsByTagName("requestHeader").item(0)).getAttribute("name"));
  }

  @Test
  void noFileHoldsAPasswordInPlainText() throws Exception {
    Pattern password = Pattern.compile("(?i)password=\"([^\"]*)\"");
    List<String> plain = new ArrayList<>();
    try (Stream<Path> files = Files.list(CONFIG)) {
      for (Path file : files.toList()) {
        Matcher m = password.matcher(Files.readString(file));
        while (m.find()) {
          String value = m.group(1);
          boolean variable = value.matches("\\$\\{[A-Za-z0-9._]+\\}");
          if (!variable && !value.startsWith("{hash}")) {
            plain.add(file.getFileName() + ": " + value);
          }
        }
      }
    }
    assertTrue(plain.isEmpty(), plain.toString());
    Config demo = Config.read(Map.of("db.type", "derby", "verbonden.mode", "demo"));
    for (Element user : demo.elements("user")) {
      assertTrue(user.getAttribute("password").startsWith("{hash}"), user.getAttribute("name"));
    }
  }

  private static String configDefault(Class<?> type, String field) throws NoSuchFieldException {
    Field f = type.getDeclaredField(field);
    return f.getAnnotation(ConfigProperty.class).defaultValue();
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    assertTrue(from >= 0, start);
    return text.substring(from, text.indexOf(end, from));
  }

  /** server.xml with every file it includes, as Liberty would read them. */
  private static final class Config {
    final Map<String, String> bootstrap;
    final List<String> files = new ArrayList<>();
    final List<Element> roots = new ArrayList<>();
    final Map<String, String> variables = new HashMap<>();

    private Config(Map<String, String> bootstrap) {
      this.bootstrap = bootstrap;
    }

    static Config read(Map<String, String> bootstrap) throws Exception {
      Config config = new Config(bootstrap);
      config.add("server.xml");
      return config;
    }

    private void add(String file) throws Exception {
      Path path = CONFIG.resolve(file);
      assertTrue(Files.exists(path), "included file exists: " + file);
      files.add(file);
      Document document =
          DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(path.toFile());
      Element root = document.getDocumentElement();
      roots.add(root);
      NodeList variableElements = root.getElementsByTagName("variable");
      for (int i = 0; i < variableElements.getLength(); i++) {
        Element v = (Element) variableElements.item(i);
        variables.put(v.getAttribute("name"), v.getAttribute("defaultValue"));
      }
      NodeList includes = root.getElementsByTagName("include");
      for (int i = 0; i < includes.getLength(); i++) {
        add(resolve(((Element) includes.item(i)).getAttribute("location")));
      }
    }

    /** Replaces ${name} by bootstrap.properties, else the variable's default. */
    String resolve(String value) {
      Matcher m = Pattern.compile("\\$\\{([^}]+)\\}").matcher(value);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String name = m.group(1);
        String replacement = bootstrap.containsKey(name) ? bootstrap.get(name) : variable(name);
        m.appendReplacement(out, Matcher.quoteReplacement(replacement));
      }
      m.appendTail(out);
      return out.toString();
    }

    String variable(String name) {
      assertTrue(variables.containsKey(name), "variable declared: " + name);
      return variables.get(name);
    }

    List<Element> elements(String tag) {
      List<Element> found = new ArrayList<>();
      for (Element root : roots) {
        NodeList list = root.getElementsByTagName(tag);
        for (int i = 0; i < list.getLength(); i++) {
          found.add((Element) list.item(i));
        }
      }
      return found;
    }

    Element single(String tag) {
      List<Element> found = elements(tag);
      assertEquals(1, found.size(), tag);
      return found.get(0);
    }

    List<String> features() {
      return elements("feature").stream().map(e -> e.getTextContent().strip()).toList();
    }
  }
}
