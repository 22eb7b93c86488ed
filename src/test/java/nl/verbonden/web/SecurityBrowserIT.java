package nl.verbonden.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.verbonden.testsupport.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/** Login throttle, login CSRF and the security event log, as a person (and a forger) meets them. */
class SecurityBrowserIT {

  private final URL base = TestServer.url();

  private static void wrongPassword(Browser browser, String user) {
    attempt(browser, user, "fout-wachtwoord");
  }

  private static void attempt(Browser browser, String user, String password) {
    browser.go("login.xhtml");
    browser.type("j_username", user);
    browser.type("j_password", password);
    browser.click(By.id("aanmelden"));
  }

  @Test
  void fiveWrongPasswordsLockTheLoginNameUntilTheBeheerderLiftsIt() throws Exception {
    try (Browser browser = Browser.open(base)) {
      for (int i = 1; i < 5; i++) {
        wrongPassword(browser, "raad.zeist");
        assertTrue(browser.text(By.id("login-fout")).contains("Aanmelden is niet gelukt"));
      }
      wrongPassword(browser, "raad.zeist");
      String locked = browser.text(By.id("login-slot"));
      assertTrue(locked.contains("tijdelijk geblokkeerd"), locked);
      assertFalse(
          locked.contains("bestaat"), "the message does not say whether the account exists");
      browser.assertAccessible();

      // the right password does not help while the lock lasts
      attempt(browser, "raad.zeist", "verbonden");
      assertTrue(browser.text(By.id("login-slot")).contains("tijdelijk geblokkeerd"));
      assertEquals("Aanmelden — Verbonden", browser.title());

      // a login name that does not exist gets the same message after five failures
      String nobody = "niemand." + UUID.randomUUID().toString().substring(0, 8);
      for (int i = 0; i < 5; i++) {
        wrongPassword(browser, nobody);
      }
      assertEquals(locked, browser.text(By.id("login-slot")));
    }
    try (Browser beheer = Browser.open(base)) {
      beheer.login("beheer");
      // the Beheer menu opens as the mouse moves over it
      new org.openqa.selenium.interactions.Actions(beheer.driver())
          .moveToElement(beheer.waitFor(By.id("menu:m-beheer")))
          .perform();
      beheer.click(By.id("menu:m-beveiliging"));
      beheer.waitFor(By.id("lijst:gebeurtenissen"));
      beheer.type("lijst:inlognaam", "raad.zeist");
      beheer.choose("lijst:soort", "Geblokkeerd");
      beheer.click(By.id("lijst:zoeken"));
      beheer.waitForText("account:raad.zeist geblokkeerd voor 15 minuten");
      beheer.assertAccessible();
      beheer.type("opheffen:unlock", "raad.zeist");
      beheer.click(By.id("opheffen:ophefknop"));
      beheer.waitForText("De blokkering van raad.zeist is opgeheven.");
    }
    try (Browser browser = Browser.open(base)) {
      browser.login("raad.zeist");
      assertTrue(browser.text(By.id("ingelogd")).length() > 0);
    }
  }

  @Test
  void aFailedLoginWritesALogLineAndARowTheBeheerderSees() throws Exception {
    String name = "onbekend." + UUID.randomUUID().toString().substring(0, 8);
    try (Browser browser = Browser.open(base)) {
      wrongPassword(browser, name);
      browser.waitFor(By.id("login-fout"));
    }
    List<String> lines = securityLines(name);
    assertTrue(
        lines.stream().anyMatch(l -> l.contains("kind=LOGIN_FAILED") && l.contains("address=\"")),
        "a structured line in the server log: " + lines);
    try (Browser beheer = Browser.open(base)) {
      beheer.login("beheer");
      beheer.go("beheer/beveiliging.xhtml");
      beheer.type("lijst:inlognaam", name);
      beheer.click(By.id("lijst:zoeken"));
      beheer.waitForText("Aanmelden mislukt");
      String table = beheer.text(By.id("lijst:gebeurtenissen"));
      assertTrue(table.contains(name), table);
    }
  }

  @Test
  void aRefusedPageIsLoggedAndOnlyTheBeheerderSeesTheLog() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("regisseur.zeist");
      browser.go("beheer/beveiliging.xhtml");
      assertEquals("Geen toegang — Verbonden", browser.title());
      assertFalse(browser.pageText().contains("Beveiligingslog"));
    }
    try (Browser beheer = Browser.open(base)) {
      beheer.login("beheer");
      beheer.go("beheer/beveiliging.xhtml");
      beheer.type("lijst:inlognaam", "regisseur.zeist");
      beheer.choose("lijst:soort", "Toegang geweigerd");
      beheer.click(By.id("lijst:zoeken"));
      beheer.waitForText("/beheer/beveiliging.xhtml");
    }
    assertTrue(
        securityLines("regisseur.zeist").stream()
            .anyMatch(
                l -> l.contains("kind=ACCESS_REFUSED") && l.contains("/beheer/beveiliging.xhtml")));
  }

  @Test
  void afterTheLoginThePageThatWasAskedForOpens() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.go("beheer/accounts.xhtml");
      assertEquals("Aanmelden — Verbonden", browser.title());
      browser.type("j_username", "beheer");
      browser.type("j_password", "verbonden");
      browser.click(By.id("aanmelden"));
      browser.waitFor(By.id("ingelogd"));
      assertTrue(browser.url().endsWith("/beheer/accounts.xhtml"), browser.url());
    }
  }

  @Test
  void aLoginPostWithoutTheFormTokenIsRefused() throws Exception {
    HttpURLConnection login = post("aanmelden", "j_username=beheer&j_password=verbonden", null);
    assertEquals(302, login.getResponseCode());
    assertTrue(login.getHeaderField("Location").contains("login.xhtml?verlopen=1"));
    assertFalse(setsLoginCookie(login), "no login without the token");

    HttpURLConnection container =
        post("j_security_check", "j_username=beheer&j_password=verbonden", null);
    assertEquals(403, container.getResponseCode(), "the container's own form login is closed");
    assertFalse(setsLoginCookie(container));
  }

  @Test
  void aForgedLogoutDoesNotLogOut() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.login("beheer");
      String cookies =
          browser.driver().manage().getCookies().stream()
              .map(c -> c.getName() + "=" + c.getValue())
              .collect(Collectors.joining("; "));
      HttpURLConnection forged = post("afmelden", "", cookies);
      assertEquals(302, forged.getResponseCode());
      assertTrue(forged.getHeaderField("Location").endsWith("/index.xhtml"));
      browser.go("index.xhtml");
      assertNotNull(browser.waitFor(By.id("ingelogd")), "still logged in");
      browser.logout();
      Cookie ltpa = browser.driver().manage().getCookieNamed("LtpaToken2");
      assertTrue(ltpa == null || ltpa.getValue().isEmpty(), "the real logout works");
    }
  }

  private HttpURLConnection post(String path, String body, String cookies) throws Exception {
    HttpURLConnection connection = (HttpURLConnection) new URL(base, path).openConnection();
    connection.setRequestMethod("POST");
    connection.setInstanceFollowRedirects(false);
    connection.setDoOutput(true);
    connection.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
    if (cookies != null) {
      connection.setRequestProperty("Cookie", cookies);
    }
    connection.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    return connection;
  }

  private static boolean setsLoginCookie(HttpURLConnection connection) {
    Map<String, List<String>> headers = connection.getHeaderFields();
    return headers.entrySet().stream()
        .filter(e -> "Set-Cookie".equalsIgnoreCase(e.getKey()))
        .flatMap(e -> e.getValue().stream())
        .anyMatch(
            c ->
                c.startsWith("LtpaToken2=")
                    && !c.startsWith("LtpaToken2=\"\"")
                    && !c.startsWith("LtpaToken2=;"));
  }

  /**
   * The security log lines of the test server that name this login (asked a few times: Liberty
   * writes its log a moment later).
   */
  private static List<String> securityLines(String login) throws Exception {
    List<String> lines = List.of();
    for (int i = 0; i < 20 && lines.isEmpty(); i++) {
      lines = linesNow(login);
      if (lines.isEmpty()) {
        Thread.sleep(250);
      }
    }
    return lines;
  }

  private static List<String> linesNow(String login) throws Exception {
    Path log =
        Path.of(
            "target/liberty/wlp/usr/servers",
            System.getProperty("verbonden.it.server.name", "verbonden-it"),
            "logs/messages.log");
    return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
        .filter(l -> l.contains("security_event ") && l.contains("login=\"" + login + "\""))
        .toList();
  }
}
