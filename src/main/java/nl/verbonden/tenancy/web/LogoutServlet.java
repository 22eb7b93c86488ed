package nl.verbonden.tenancy.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Logging out (POST only): ends the login and the session, then shows the login page again, which
 * says that the person is logged out.
 */
@WebServlet(name = "Logout", urlPatterns = "/afmelden")
public class LogoutServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** The session attribute that makes the login page say "U bent afgemeld" once. */
  public static final String LOGGED_OUT = "verbonden.loggedOut";

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    // a fresh session, only to tell the login page that this person has logged out
    request.getSession(true).setAttribute(LOGGED_OUT, Boolean.TRUE);
    response.sendRedirect(request.getContextPath() + "/index.xhtml");
  }
}
