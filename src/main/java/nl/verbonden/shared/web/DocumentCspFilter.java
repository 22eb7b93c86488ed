package nl.verbonden.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A Content-Security-Policy for every response that is not a Faces page (those get PrimeFaces'
 * policy with a nonce per script): the draft overview as HTML, the PDFs, the quadrant image, the
 * logout servlet and what these send on an error. Nothing may run or load: no script at all, images
 * only inline ({@code data:}, the quadrant chart in the overview), styles only inline (the
 * overview's fixed {@code <style>} element; with nothing else loadable, CSS cannot send anything
 * anywhere), no forms, no base URL, framed only by the application itself.
 */
@WebFilter(filterName = "DocumentCsp", urlPatterns = "/*")
public class DocumentCspFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  public static final String POLICY =
      "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none';"
          + " form-action 'none'; frame-ancestors 'self'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!isFaces(request.getServletPath())) {
      response.setHeader("Content-Security-Policy", POLICY);
    }
    chain.doFilter(request, response);
  }

  /**
   * Pages (and the welcome address, which shows one) and their scripts and style sheets: PrimeFaces
   * sets their policy.
   */
  static boolean isFaces(String servletPath) {
    return servletPath.isEmpty()
        || servletPath.equals("/")
        || servletPath.endsWith(".xhtml")
        || servletPath.startsWith("/jakarta.faces.resource/");
  }
}
