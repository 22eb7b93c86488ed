package nl.verbonden.api.web;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An error as problem details (RFC 9457, {@code application/problem+json}): a type, the title of
 * the status, the status, a Dutch {@code detail}, the request path as {@code instance} and, for
 * invalid input, the fields with their messages ({@code invalidParams}, as the NL GOV API Design
 * Rules name them).
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "invalidParams"})
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    @JsonbNillable(false) List<InvalidParam> invalidParams) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One invalid field: its name as the request has it, and the screens' Dutch message. */
  public record InvalidParam(String name, String reason) {}

  public Problem {
    invalidParams = invalidParams == null || invalidParams.isEmpty() ? null : invalidParams;
  }
}
