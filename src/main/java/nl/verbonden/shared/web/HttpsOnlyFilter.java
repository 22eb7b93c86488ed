package nl.verbonden.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * HTTPS only, with the server setting {@code verbonden.https.only=true} (the default of the
 * configuration as shipped): a plain-HTTP request is redirected to the same address over HTTPS
 * (308, so that the method stays), and every HTTPS response tells the browser to use HTTPS only
 * from now on ({@code Strict-Transport-Security}). The development run and the test server set it
 * to false and work over plain HTTP (README). Behind a balancer that ends TLS, Liberty must know
 * the original scheme ({@code remoteIp}, docs/deployment.md).
 */
@WebFilter(filterName = "HttpsOnly", urlPatterns = "/*")
public class HttpsOnlyFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** One year, for every host name below this one too. */
  public static final String HSTS = "max-age=31536000; includeSubDomains";

  @Inject
  @ConfigProperty(name = "verbonden.https.only", defaultValue = "true")
  private transient boolean httpsOnly;

  @Inject
  @ConfigProperty(name = "https.port", defaultValue = "443")
  private transient int httpsPort;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!httpsOnly) {
      chain.doFilter(request, response);
      return;
    }
    if (!request.isSecure()) {
      response.setStatus(308);
      response.setHeader("Location", httpsAddress(request, httpsPort));
      return;
    }
    response.setHeader("Strict-Transport-Security", HSTS);
    chain.doFilter(request, response);
  }

  /** The request's address with https, the HTTPS port, and the same path and query. */
  static String httpsAddress(HttpServletRequest request, int port) {
    StringBuilder address = new StringBuilder("https://").append(request.getServerName());
    if (port != 443) {
      address.append(':').append(port);
    }
    address.append(request.getRequestURI());
    if (request.getQueryString() != null) {
      address.append('?').append(request.getQueryString());
    }
    return address.toString();
  }
}
