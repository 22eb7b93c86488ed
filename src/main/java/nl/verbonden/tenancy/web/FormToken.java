package nl.verbonden.tenancy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The token of the login and logout forms (login CSRF, decision 0013): a random value kept in the
 * HTTP session, written into the form as the hidden field {@value #FIELD}. A post without the token
 * of its own session is refused. Logging in gives a new session id and a new token.
 */
@Named("formToken")
@RequestScoped
public class FormToken {

  /** The form field. */
  public static final String FIELD = "vb_token";

  private static final String ATTRIBUTE = "verbonden.formToken";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject private HttpServletRequest request;

  /** This session's token, made (with the session) when there is none yet. */
  public String getValue() {
    return of(request.getSession(true));
  }

  static String of(HttpSession session) {
    Object token = session.getAttribute(ATTRIBUTE);
    if (token instanceof String value) {
      return value;
    }
    return renew(session);
  }

  /** Replaces the session's token (after a login). */
  static String renew(HttpSession session) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    session.setAttribute(ATTRIBUTE, value);
    return value;
  }

  /** Whether the request carries the token of its existing session. */
  static boolean matches(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    String sent = request.getParameter(FIELD);
    if (session == null || sent == null) {
      return false;
    }
    Object token = session.getAttribute(ATTRIBUTE);
    return token instanceof String expected
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII));
  }
}
