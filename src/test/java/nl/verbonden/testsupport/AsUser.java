package nl.verbonden.testsupport;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Logs the in-container test in as a user of the demo registry (password "verbonden"), through the
 * servlet request the test runs in, so that the services see that caller. One identity per test
 * method: the caller's account is read once per request.
 */
@RequestScoped
public class AsUser {

  public static final String PASSWORD = "verbonden";

  @Inject private HttpServletRequest request;

  public void login(String user) {
    try {
      request.login(user, PASSWORD);
    } catch (ServletException e) {
      throw new IllegalStateException("Login failed for " + user, e);
    }
  }

  public void logout() {
    try {
      request.logout();
    } catch (ServletException e) {
      throw new IllegalStateException(e);
    }
  }
}
