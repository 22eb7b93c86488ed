package nl.verbonden.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, LDAP: a Verbonden server whose users.xml is liberty/registries/ldap-users.xml, exactly
 * as docs/deployment.md says, against an in-memory directory shaped like Active Directory. The
 * directory's groups give the roles (mode-run.xml); the exact-role rule refuses a person whom the
 * directory puts in a second role's group; a disabled directory account cannot log in.
 */
class LdapClusterIT {

  private static Directory directory;

  @BeforeAll
  static void directoryAndServer() throws Exception {
    Cluster.start(); // the database with the demo accounts
    directory =
        Directory.start(Integer.getInteger("verbonden.cluster.ldap.port", 9692))
            .group("beheerder")
            .group("regisseur")
            .group("raadslid")
            .user("beheer", true, "beheerder")
            .user("regisseur.woudenberg", true, "regisseur")
            .user("raad.woudenberg", true, "raadslid")
            // the exact-role rule: a regisseur account whom the directory also makes raadslid
            .user("regisseur.zeist", true, "regisseur", "raadslid")
            // disabled in the directory (userAccountControl 514)
            .user("raad.zeist", false, "raadslid");
    Cluster.startLdap();
  }

  @AfterAll
  static void stop() {
    Cluster.stopLdap();
    if (directory != null) {
      directory.close();
    }
  }

  @Test
  void aDirectoryUserLogsInAndHerGroupGivesHerRole() throws Exception {
    try (Browser browser = Browser.open(Cluster.ldap())) {
      browser.login("regisseur.woudenberg");
      browser.go("register/parties.xhtml");
      browser.waitForText("GGD regio Utrecht");
      browser.logout();
      browser.login("raad.woudenberg");
      browser.go("register/party-edit.xhtml");
      assertEquals("Geen toegang — Verbonden", browser.title(), "a raadslid does not edit");
    }
  }

  @Test
  void aDirectoryUserInASecondRolesGroupIsRefused() throws Exception {
    FormClient person = new FormClient(Cluster.ldap()).login("regisseur.zeist");
    HttpResponse<String> start = person.get("index.xhtml");
    assertEquals(403, start.statusCode(), "the exact-role rule: regisseur and raadslid is refused");
    assertTrue(start.body().contains("Geen toegang"), start.body());
  }

  @Test
  void aDisabledDirectoryAccountCannotLogIn() throws Exception {
    FormClient person = new FormClient(Cluster.ldap());
    HttpResponse<String> page = person.get("login.xhtml");
    Map<String, String> form = FormClient.fields(page.body(), "login");
    form.put("j_username", "raad.zeist");
    form.put("j_password", Directory.PASSWORD);
    HttpResponse<String> answer = person.post("aanmelden", form);
    assertEquals(302, answer.statusCode());
    assertTrue(
        answer.headers().firstValue("Location").orElse("").contains("login.xhtml?fout"),
        "back to the login page: " + answer.headers().map());
  }
}
