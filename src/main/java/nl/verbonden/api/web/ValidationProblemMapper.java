package nl.verbonden.api.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures as problem details too: the JAX-RS runtime brings a mapper of its own
 * for them, which a more specific mapper than {@link ProblemMapper}'s must override.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ValidationException> {

  @Context private HttpServletRequest request;

  @Override
  public Response toResponse(ValidationException thrown) {
    return ProblemMapper.map(thrown, request);
  }
}
