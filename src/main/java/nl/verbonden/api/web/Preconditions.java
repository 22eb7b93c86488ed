package nl.verbonden.api.web;

import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic locking over HTTP: a resource's {@code ETag} is its version; a change needs {@code
 * If-Match} with the current one (428 without, 412 when stale, nothing changed).
 */
public final class Preconditions {

  private Preconditions() {}

  public static EntityTag tag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /**
   * @return the version the If-Match header names
   * @throws ApiProblem 428 without the header, 412 when it does not name the current version
   */
  public static long requireMatch(String ifMatch, long current) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw ApiProblem.of(428, "api.problem.ifMatchRequired");
    }
    for (String candidate : ifMatch.split(",")) {
      String value = candidate.strip();
      if (value.equals("*") || value.equals("\"" + current + "\"")) {
        return current;
      }
    }
    throw ApiProblem.of(412, "api.problem.stale");
  }
}
