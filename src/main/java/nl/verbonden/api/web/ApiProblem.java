package nl.verbonden.api.web;

import java.util.Map;

/** Thrown by the API itself to answer with a problem (and extra headers, e.g. Retry-After). */
public class ApiProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Problem problem;
  private final transient Map<String, String> headers;

  public ApiProblem(Problem problem) {
    this(problem, Map.of());
  }

  public ApiProblem(Problem problem, Map<String, String> headers) {
    super(problem.detail(), null, false, false);
    this.problem = problem;
    this.headers = Map.copyOf(headers);
  }

  public static ApiProblem of(int status, String key, Object... arguments) {
    return new ApiProblem(Problems.of(status, null, key, arguments));
  }

  public static ApiProblem invalid(String name, String key, Object... arguments) {
    return new ApiProblem(
        Problems.invalid(
            null,
            java.util.List.of(
                new Problem.InvalidParam(
                    name,
                    nl.verbonden.shared.control.MessageBundle.text(
                        nl.verbonden.shared.control.MessageBundle.DUTCH, key, arguments)))));
  }

  public Problem problem() {
    return problem;
  }

  public Map<String, String> headers() {
    return headers;
  }
}
