package nl.verbonden.tenancy.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.verbonden.tenancy.control.Caller;

/**
 * Lets an authenticated person in only with a usable account: one that exists, is active, belongs
 * to an active municipality (for regisseur and raadslid) and whose role the user registry grants.
 * Anyone else sees the 403 page, even with a valid password.
 */
@WebFilter(filterName = "AccountGate", urlPatterns = "*.xhtml")
public class AccountGate extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject private Caller caller;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getServletPath();
    boolean open = path.equals("/login.xhtml") || path.startsWith("/error/");
    if (!open && request.getUserPrincipal() != null && !caller.isUsable()) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(request, response);
  }
}
