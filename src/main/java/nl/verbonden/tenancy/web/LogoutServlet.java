package nl.verbonden.tenancy.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import nl.verbonden.tenancy.control.SecurityLog;
import nl.verbonden.tenancy.entity.SecurityEventKind;

/**
 * Logging out (POST only, with the session's form token: {@link FormToken}): ends the login and the
 * session, then shows the login page again, which says that the person is logged out. A post
 * without the token (a forged logout) changes nothing and is logged.
 */
@WebServlet(name = "Logout", urlPatterns = "/afmelden")
public class LogoutServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** The session attribute that makes the login page say "U bent afgemeld" once. */
  public static final String LOGGED_OUT = "verbonden.loggedOut";

  @Inject private SecurityLog log;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String user = request.getRemoteUser();
    if (!FormToken.matches(request)) {
      log.record(
          SecurityEventKind.TOKEN_REFUSED, user, request.getRemoteAddr(), "afmelden zonder token");
      response.sendRedirect(request.getContextPath() + "/index.xhtml");
      return;
    }
    request.logout();
    log.record(SecurityEventKind.LOGOUT, user, request.getRemoteAddr(), null);
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    // a fresh session, only to tell the login page that this person has logged out
    request.getSession(true).setAttribute(LOGGED_OUT, Boolean.TRUE);
    response.sendRedirect(request.getContextPath() + "/index.xhtml");
  }
}
