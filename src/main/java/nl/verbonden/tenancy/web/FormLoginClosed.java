package nl.verbonden.tenancy.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.verbonden.tenancy.control.SecurityLog;
import nl.verbonden.tenancy.entity.SecurityEventKind;

/**
 * Closes the container's own login target {@code j_security_check}: web.xml keeps form login (so
 * that Liberty sends an anonymous visitor to the login page), but every login goes through {@link
 * LoginServlet}, where the throttle and the token are. Liberty runs this filter before its form
 * login processor (shown by LoginThrottleBrowserIT).
 */
@WebFilter(filterName = "FormLoginClosed", urlPatterns = "/j_security_check")
public class FormLoginClosed extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject private SecurityLog log;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    log.record(
        SecurityEventKind.TOKEN_REFUSED,
        request.getParameter("j_username"),
        request.getRemoteAddr(),
        "j_security_check is gesloten");
    response.sendError(HttpServletResponse.SC_FORBIDDEN);
  }
}
