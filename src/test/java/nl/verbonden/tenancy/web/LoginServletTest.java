package nl.verbonden.tenancy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** After the login, only a page of this application is opened, never another site. */
class LoginServletTest {

  @Test
  void theRequestedPageIsOpenedByItsPathOnThisServer() {
    assertEquals(
        Optional.of("/register/party.xhtml?id=3"),
        LoginServlet.localPath("http://localhost:9080/register/party.xhtml?id=3", ""));
  }

  @Test
  void anythingElseOpensTheStartPage() {
    assertEquals(
        Optional.empty(), LoginServlet.localPath("http://evil.example//evil.example/x", ""));
    assertEquals(Optional.empty(), LoginServlet.localPath("javascript:alert(1)", ""));
    assertEquals(Optional.empty(), LoginServlet.localPath("http://localhost/aanmelden", ""));
    assertEquals(Optional.empty(), LoginServlet.localPath("not a url", ""));
  }
}
