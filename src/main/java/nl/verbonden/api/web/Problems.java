package nl.verbonden.api.web;

import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.verbonden.shared.control.MessageBundle;

/** Builds the problem-details responses of the API, with Dutch texts from the message bundle. */
public final class Problems {

  private Problems() {}

  /** The Dutch title of a status (bundle key {@code api.status.NNN}). */
  public static String title(int status) {
    String key = "api.status." + status;
    String title = MessageBundle.text(MessageBundle.DUTCH, key);
    return title.equals(key) ? MessageBundle.text(MessageBundle.DUTCH, "api.status.other") : title;
  }

  /** A problem whose detail is the bundle text of {@code key}. */
  public static Problem of(int status, String instance, String key, Object... arguments) {
    return new Problem(
        type(status),
        title(status),
        status,
        MessageBundle.text(MessageBundle.DUTCH, key, arguments),
        instance,
        null);
  }

  public static Problem invalid(String instance, List<Problem.InvalidParam> fields) {
    return new Problem(
        type(400),
        title(400),
        400,
        MessageBundle.text(MessageBundle.DUTCH, "api.problem.invalid"),
        instance,
        fields);
  }

  /** The type URI of a status: the IANA-registered description of the HTTP status (RFC 9110). */
  static String type(int status) {
    return "https://www.rfc-editor.org/rfc/rfc9110#status." + status;
  }

  public static Response response(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }
}
