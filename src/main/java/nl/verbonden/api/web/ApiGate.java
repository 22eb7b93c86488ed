package nl.verbonden.api.web;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.verbonden.api.control.TokenDirectory;
import nl.verbonden.tenancy.control.Caller;
import nl.verbonden.tenancy.control.LoginGuard;
import nl.verbonden.tenancy.control.SecurityLog;
import nl.verbonden.tenancy.entity.LoginThrottle.Verdict;
import nl.verbonden.tenancy.entity.SecurityEventKind;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The door of the API, before JAX-RS: the {@code API-Version} and security headers on every
 * response, a trailing slash 404 (not a redirect), a cross-origin preflight refused (CORS is
 * closed; only the OpenAPI document is open, server.xml), and the login. A request without a
 * session may log in with HTTP Basic over HTTPS, counted by the same login throttle as the login
 * form, for this request only (stateless). Each caller's requests are limited ({@link RateLimit}:
 * 429 with Retry-After). An authenticated person without a usable account gets 403, as on the
 * pages. A request with an API token ({@code Authorization: Bearer}, checked by Liberty's mpJwt)
 * must carry a token that still works and whose scope allows the request; each use is logged and
 * the rate limit counts per token (decision 0030).
 */
@WebFilter(filterName = "ApiGate", urlPatterns = "/api/*")
public class ApiGate extends HttpFilter {

  private static final long serialVersionUID = 1L;

  public static final String CHALLENGE = "Basic realm=\"Verbonden\", charset=\"UTF-8\"";

  /** The answer to a bearer token that is not (or no longer) valid (RFC 6750). */
  public static final String BEARER_INVALID = "Bearer realm=\"Verbonden\", error=\"invalid_token\"";

  private static final Jsonb JSON = JsonbBuilder.create();
  private static final Logger LOG = Logger.getLogger(ApiGate.class.getName());

  @Inject private transient Caller caller;
  @Inject private transient LoginGuard guard;
  @Inject private transient SecurityLog log;
  @Inject private transient Clock clock;
  @Inject private transient RateLimit rateLimit;
  @Inject private transient TokenDirectory tokens;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader(ApiVersion.HEADER, ApiVersion.FULL);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.endsWith("/")) {
      problem(request, response, Problems.of(404, request.getRequestURI(), "api.problem.notFound"));
      return;
    }
    if ("OPTIONS".equals(request.getMethod())
        && request.getHeader("Access-Control-Request-Method") != null
        && !path.equals(ApiVersion.ROOT + "/openapi.json")) {
      problem(request, response, Problems.of(403, request.getRequestURI(), "api.problem.cors"));
      return;
    }
    String authorization = request.getHeader("Authorization");
    boolean basic = false;
    String who = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
    if (who == null
        && authorization != null
        && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      Login login = basicLogin(request, authorization.substring(6).strip());
      if (login.refused() != null) {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        problem(request, response, login.refused());
        return;
      }
      basic = true;
      who = login.name();
    }
    // an API token (decision 0030): Liberty's mpJwt checked its signature and last day; the token
    // must also still be the one issued (not revoked) and its scope must allow this request
    TokenDirectory.Grant grant = null;
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      if (!(request.getUserPrincipal() instanceof JsonWebToken jwt)) {
        response.setHeader("WWW-Authenticate", BEARER_INVALID);
        problem(request, response, Problems.of(401, request.getRequestURI(), "api.problem.token"));
        return;
      }
      caller.authenticatedBy(jwt);
      grant = tokens.grant(jwt).orElse(null);
      if (grant != null) {
        if (!grant.usable()) {
          response.setHeader("WWW-Authenticate", BEARER_INVALID);
          problem(
              request, response, Problems.of(401, request.getRequestURI(), "api.problem.token"));
          logUse(grant, request, 401);
          return;
        }
        String below =
            path.startsWith(ApiVersion.ROOT) ? path.substring(ApiVersion.ROOT.length()) : path;
        if (!grant.allows(request.getMethod(), below)) {
          problem(
              request, response, Problems.of(403, request.getRequestURI(), "api.problem.scope"));
          logUse(grant, request, 403);
          return;
        }
      }
    }
    if (request.getUserPrincipal() != null && !caller.isUsable()) {
      problem(
          request, response, Problems.of(403, request.getRequestURI(), "api.problem.forbidden"));
      return;
    }
    if (who != null) {
      long wait = rateLimit.count(who);
      if (wait > 0) {
        response.setHeader("Retry-After", Long.toString(wait));
        problem(
            request,
            response,
            Problems.of(429, request.getRequestURI(), "api.problem.tooMany", wait));
        if (basic) {
          request.logout();
        }
        return;
      }
    }
    try {
      chain.doFilter(request, response);
    } finally {
      if (basic) {
        // stateless: the login was for this request only
        request.logout();
      }
      if (grant != null) {
        logUse(grant, request, response.getStatus());
      }
    }
  }

  /** Logs a use of a token; a failure to log is logged on the server and fails no request. */
  private void logUse(TokenDirectory.Grant grant, HttpServletRequest request, int status) {
    try {
      tokens.used(
          grant.id(),
          request.getMethod(),
          request.getRequestURI(),
          status,
          request.getRemoteAddr());
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "Could not log the use of API token " + grant.id(), failed);
    }
  }

  /** A login with HTTP Basic: the login name, or why it was refused. */
  private record Login(String name, Problem refused) {
    static Login refused(Problem problem) {
      return new Login(null, problem);
    }
  }

  /** Logs in with HTTP Basic for this request, throttled like the login form. */
  private Login basicLogin(HttpServletRequest request, String credentials) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return Login.refused(Problems.of(401, request.getRequestURI(), "api.problem.unauthorized"));
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return Login.refused(Problems.of(401, request.getRequestURI(), "api.problem.unauthorized"));
    }
    String login = decoded.substring(0, colon).strip();
    String password = decoded.substring(colon + 1);
    String address = request.getRemoteAddr();
    Verdict verdict = guard.check(login, address, clock.instant());
    if (verdict.locked()) {
      log.record(SecurityEventKind.LOGIN_LOCKED, login, address, "API, geblokkeerd");
      return Login.refused(Problems.of(401, request.getRequestURI(), "api.problem.locked"));
    }
    try {
      request.login(login, password);
    } catch (ServletException wrong) {
      try {
        guard.failed(login, address, clock.instant());
      } catch (RuntimeException firstInsertRace) {
        guard.failed(login, address, clock.instant());
      }
      log.record(SecurityEventKind.LOGIN_FAILED, login, address, "API");
      return Login.refused(Problems.of(401, request.getRequestURI(), "api.problem.unauthorized"));
    }
    guard.succeeded(login);
    return new Login(login, null);
  }

  static void problem(HttpServletRequest request, HttpServletResponse response, Problem problem)
      throws IOException {
    response.setStatus(problem.status());
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(JSON.toJson(problem));
  }
}
