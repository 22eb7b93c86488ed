package nl.verbonden.api.web;

/** The version of the API, by semantic versioning; docs/api.md keeps the changelog. */
public final class ApiVersion {

  /** The major version, in the path ({@code /api/v1}). */
  public static final String MAJOR = "v1";

  /** The full version, in the {@code API-Version} header of every response and the OpenAPI info. */
  public static final String FULL = "1.1.0";

  public static final String HEADER = "API-Version";

  public static final String ROOT = "/api/" + MAJOR;

  private ApiVersion() {}
}
