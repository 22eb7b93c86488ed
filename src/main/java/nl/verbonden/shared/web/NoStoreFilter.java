package nl.verbonden.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Pages, documents and images carry a municipality's data: the browser must not keep them, so that
 * after logging out the Back button shows no data ({@code Cache-Control: no-store}). Scripts, style
 * sheets and the import templates are the same for everyone and stay cacheable.
 */
@WebFilter(filterName = "NoStore", urlPatterns = "/*")
public class NoStoreFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getServletPath();
    boolean shared = path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    if (!shared) {
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }
}
