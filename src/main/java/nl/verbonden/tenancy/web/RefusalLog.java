package nl.verbonden.tenancy.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.verbonden.tenancy.control.SecurityLog;
import nl.verbonden.tenancy.entity.SecurityEventKind;

/**
 * Logs every request that ends on the 403 page ({@code ACCESS_REFUSED}): a page of another role
 * (web.xml), an account the gate refuses, a service call refused by {@code @RolesAllowed} or the
 * tenant scope ({@code EJBAccessException}). It sees the error dispatch only, so opening the page
 * itself is not an event.
 */
@WebFilter(
    filterName = "RefusalLog",
    urlPatterns = "/error/403.xhtml",
    dispatcherTypes = DispatcherType.ERROR)
public class RefusalLog extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject private SecurityLog log;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
      Object cause = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
      // the address only: on the error dispatch Liberty reports the method as GET
      String detail =
          String.valueOf(uri)
              + (cause instanceof Throwable t
                  ? " " + t.getClass().getSimpleName() + ": " + t.getMessage()
                  : "");
      log.record(
          SecurityEventKind.ACCESS_REFUSED,
          request.getRemoteUser(),
          request.getRemoteAddr(),
          detail);
    } catch (RuntimeException notLogged) {
      // the refusal itself must still be shown
      getServletContext().log("Security event not recorded", notLogged);
    }
    chain.doFilter(request, response);
  }
}
