package nl.verbonden.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * In production (verbonden.https.only=true) plain HTTP is redirected to HTTPS and HTTPS responses
 * carry HSTS; the development setting changes nothing.
 */
class HttpsOnlyFilterTest {

  private final Map<String, Object> sent = new HashMap<>();
  private boolean passedOn;
  private final FilterChain chain = (request, response) -> passedOn = true;

  @Test
  void plainHttpIsRedirectedToTheSameAddressOverHttps() throws Exception {
    filter(true, 9443)
        .doFilter(request(false, "/register/parties.xhtml", "id=3"), response(), chain);
    assertEquals(308, sent.get("status"));
    assertEquals(
        "https://verbonden.example.nl:9443/register/parties.xhtml?id=3", sent.get("Location"));
    assertFalse(passedOn, "nothing is served over plain HTTP");

    sent.clear();
    filter(true, 443).doFilter(request(false, "/", null), response(), chain);
    assertEquals("https://verbonden.example.nl/", sent.get("Location"));
  }

  @Test
  void httpsResponsesTellTheBrowserToUseHttpsOnly() throws Exception {
    filter(true, 9443).doFilter(request(true, "/index.xhtml", null), response(), chain);
    assertEquals(HttpsOnlyFilter.HSTS, sent.get("Strict-Transport-Security"));
    assertTrue(HttpsOnlyFilter.HSTS.startsWith("max-age=31536000"));
    assertTrue(passedOn);
  }

  @Test
  void theDevelopmentSettingServesPlainHttpAsItIs() throws Exception {
    filter(false, 9443).doFilter(request(false, "/index.xhtml", null), response(), chain);
    assertTrue(passedOn);
    assertNull(sent.get("Location"));
    assertNull(sent.get("Strict-Transport-Security"));
  }

  private static HttpsOnlyFilter filter(boolean httpsOnly, int port) throws Exception {
    HttpsOnlyFilter filter = new HttpsOnlyFilter();
    set(filter, "httpsOnly", httpsOnly);
    set(filter, "httpsPort", port);
    return filter;
  }

  private static void set(Object target, String name, Object value) throws Exception {
    Field field = target.getClass().getDeclaredField(name);
    field.setAccessible(true);
    field.set(target, value);
  }

  private static HttpServletRequest request(boolean secure, String uri, String query) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            HttpsOnlyFilterTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "isSecure" -> secure;
                  case "getServerName" -> "verbonden.example.nl";
                  case "getRequestURI" -> uri;
                  case "getQueryString" -> query;
                  default -> null;
                });
  }

  private HttpServletResponse response() {
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            HttpsOnlyFilterTest.class.getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "setStatus" -> sent.put("status", args[0]);
                case "setHeader" -> sent.put((String) args[0], args[1]);
                default -> {}
              }
              return null;
            });
  }
}
