package nl.verbonden.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Refuses an upload over the limits of web.xml's {@code multipart-config} before any page sees it:
 * HTTP 413 with the Dutch error page, or a short Dutch text for the upload components' own requests
 * (the import pages show it at the file field). A request that announces a larger body is refused
 * without reading it; one that turns out larger while the container reads it (the container stops
 * there) too. Nothing of a refused request is stored.
 */
@WebFilter(filterName = "UploadLimit", urlPatterns = "*.xhtml")
public class UploadLimitFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** web.xml {@code max-file-size}: the largest file (20 MB). */
  public static final long MAX_FILE_SIZE = 20L * 1024 * 1024;

  /** web.xml {@code max-request-size}: the largest multipart request (21 MB). */
  public static final long MAX_REQUEST_SIZE = 21L * 1024 * 1024;

  /** The request attribute that the 413 page reads. */
  public static final String REFUSED = "verbonden.upload.refused";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String type = request.getContentType();
    boolean multipart =
        type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    if (multipart) {
      if (request.getContentLengthLong() > MAX_REQUEST_SIZE) {
        refuse(request, response);
        return;
      }
      try {
        request.getParts(); // the container reads the parts within the limits, or stops
      } catch (IllegalStateException tooLarge) {
        refuse(request, response);
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    request.setAttribute(REFUSED, Boolean.TRUE);
    response.setHeader("Connection", "close");
    response.sendError(
        HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
        "Het bestand is te groot: een bestand mag ten hoogste 20 MB zijn. Er is niets opgeslagen.");
  }
}
