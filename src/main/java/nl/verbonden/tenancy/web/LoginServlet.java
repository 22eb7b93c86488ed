package nl.verbonden.tenancy.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import nl.verbonden.tenancy.control.LoginGuard;
import nl.verbonden.tenancy.control.SecurityLog;
import nl.verbonden.tenancy.entity.LoginThrottle;
import nl.verbonden.tenancy.entity.LoginThrottle.Verdict;
import nl.verbonden.tenancy.entity.SecurityEventKind;

/**
 * The login form's target (POST {@code /aanmelden}), in front of Liberty's user registry (decision
 * 0013): checks the form's token (login CSRF), refuses a locked login name or address without
 * checking the password, waits out the delay after recent failures, then logs in through {@code
 * HttpServletRequest.login} against whatever registry the server configures (basic, LDAP). A
 * failure is counted and logged; a success gets a new session id and form token. {@code
 * j_security_check} itself is closed ({@link FormLoginClosed}).
 */
@WebServlet(name = "Login", urlPatterns = LoginServlet.PATH)
public class LoginServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  public static final String PATH = "/aanmelden";

  /** Liberty's cookie with the address that was asked for before the login page. */
  private static final String REQUESTED_URL_COOKIE = "WASReqURL";

  @Inject private LoginGuard guard;
  @Inject private SecurityLog log;
  @Inject private Clock clock;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendRedirect(request.getContextPath() + "/login.xhtml");
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String login = request.getParameter("j_username");
    String password = request.getParameter("j_password");
    String address = request.getRemoteAddr();
    if (!FormToken.matches(request)) {
      log.record(SecurityEventKind.TOKEN_REFUSED, login, address, "aanmelden zonder geldig token");
      back(request, response, "verlopen");
      return;
    }
    if (login == null || login.isBlank() || password == null || password.isEmpty()) {
      back(request, response, "fout");
      return;
    }
    login = login.strip();
    Verdict verdict = guard.check(login, address, clock.instant());
    if (verdict.locked()) {
      log.record(
          SecurityEventKind.LOGIN_LOCKED, login, address, "geblokkeerd tot " + verdict.until());
      back(request, response, "slot");
      return;
    }
    if (verdict.state() == Verdict.State.DELAY) {
      pause(Duration.between(clock.instant(), verdict.until()));
    }
    if (request.getUserPrincipal() != null) {
      request.logout();
    }
    try {
      request.login(login, password);
    } catch (ServletException wrong) {
      failed(request, response, login, address);
      return;
    }
    guard.succeeded(login);
    request.changeSessionId();
    FormToken.renew(request.getSession());
    log.record(SecurityEventKind.LOGIN, login, address, null);
    response.sendRedirect(requested(request, response));
  }

  private void failed(
      HttpServletRequest request, HttpServletResponse response, String login, String address)
      throws IOException {
    List<String> locked;
    try {
      locked = guard.failed(login, address, clock.instant());
    } catch (RuntimeException firstInsertRace) {
      // another server inserted the same count at the same moment: count again, now as an update
      locked = guard.failed(login, address, clock.instant());
    }
    log.record(SecurityEventKind.LOGIN_FAILED, login, address, null);
    for (String subject : locked) {
      log.record(
          SecurityEventKind.LOCKOUT,
          login,
          address,
          subject + " geblokkeerd voor " + LoginThrottle.LOCK.toMinutes() + " minuten");
    }
    back(request, response, locked.isEmpty() ? "fout" : "slot");
  }

  private static void pause(Duration delay) {
    long millis = Math.min(delay.toMillis(), LoginThrottle.MAX_DELAY.toMillis());
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void back(HttpServletRequest request, HttpServletResponse response, String why)
      throws IOException {
    response.sendRedirect(request.getContextPath() + "/login.xhtml?" + why + "=1");
  }

  /**
   * The page asked for before the login (only its path and query, on this server), or the start
   * page.
   */
  private static String requested(HttpServletRequest request, HttpServletResponse response) {
    String home = request.getContextPath() + "/index.xhtml";
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return home;
    }
    for (Cookie cookie : cookies) {
      if (REQUESTED_URL_COOKIE.equals(cookie.getName())) {
        Cookie gone = new Cookie(REQUESTED_URL_COOKIE, "");
        gone.setPath("/");
        gone.setMaxAge(0);
        response.addCookie(gone);
        return localPath(cookie.getValue(), request.getContextPath()).orElse(home);
      }
    }
    return home;
  }

  static java.util.Optional<String> localPath(String url, String contextPath) {
    try {
      URI uri = URI.create(url);
      String path = uri.getRawPath();
      if (path == null
          || !path.startsWith(contextPath + "/")
          || path.startsWith("//")
          || path.contains("\\")
          || path.endsWith(PATH)) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(
          path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    } catch (IllegalArgumentException notAUrl) {
      return java.util.Optional.empty();
    }
  }
}
