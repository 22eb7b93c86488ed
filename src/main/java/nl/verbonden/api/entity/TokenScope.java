package nl.verbonden.api.entity;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an API token may do (issue 20): read everything the municipality's regisseur may read, or
 * deliver measurements for the agreements it names (and read those agreements, their indicators and
 * measurements, to know what to deliver).
 */
public enum TokenScope {
  /** GET and HEAD on every resource of the municipality. */
  LEZEN,
  /** Read and deliver measurements for the named agreements only. */
  METINGEN_AANLEVEREN;

  private static final Pattern AGREEMENT =
      Pattern.compile("/overeenkomsten/(\\d{1,18})(/indicatoren|/metingen)?");

  /**
   * Whether a request of a token with this scope may go ahead.
   *
   * @param agreements the agreements the token names
   * @param method the HTTP method
   * @param path the path below {@code /api/v1}, e.g. {@code /overeenkomsten/12/metingen}
   */
  public boolean allows(Set<Long> agreements, String method, String path) {
    boolean reading = "GET".equals(method) || "HEAD".equals(method);
    if ("/openapi.json".equals(path)) {
      return reading;
    }
    if (this == LEZEN) {
      return reading;
    }
    Matcher match = AGREEMENT.matcher(path);
    if (!match.matches() || !agreements.contains(Long.valueOf(match.group(1)))) {
      return false;
    }
    return reading || "POST".equals(method) && "/metingen".equals(match.group(2));
  }
}
