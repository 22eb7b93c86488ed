package nl.verbonden.api.web;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.verbonden.shared.control.MessageBundle;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.NotFoundException;
import nl.verbonden.shared.entity.StaleEditException;

/**
 * Every failure of an API request as problem details: another tenant's id or a missing one 404 (the
 * same answer, nothing leaks), a refused role 403 (401 without a login), a broken rule 400 with the
 * screens' message at its field, a stale edit 412, anything unexpected 500 without a stack trace
 * (logged).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Context private HttpServletRequest request;

  @Override
  public Response toResponse(Throwable thrown) {
    return map(thrown, request);
  }

  static Response map(Throwable thrown, HttpServletRequest request) {
    String instance = request == null ? null : request.getRequestURI();
    Throwable cause = unwrap(thrown);
    Problem problem;
    if (cause instanceof ApiProblem api) {
      Problem p = api.problem();
      if (p.instance() == null) {
        p = new Problem(p.type(), p.title(), p.status(), p.detail(), instance, p.invalidParams());
      }
      Response.ResponseBuilder builder = Response.fromResponse(Problems.response(p));
      api.headers().forEach(builder::header);
      return builder.build();
    } else if (cause instanceof NotFoundException) {
      problem = Problems.of(404, instance, "api.problem.notFound");
    } else if (cause instanceof StaleEditException || cause instanceof OptimisticLockException) {
      problem = Problems.of(412, instance, "api.problem.stale");
    } else if (cause instanceof DomainException domain) {
      String reason =
          MessageBundle.text(MessageBundle.DUTCH, domain.messageKey(), domain.arguments());
      problem =
          domain.field() == null
              ? new Problem(Problems.type(400), Problems.title(400), 400, reason, instance, null)
              : new Problem(
                  Problems.type(400),
                  Problems.title(400),
                  400,
                  MessageBundle.text(MessageBundle.DUTCH, "api.problem.invalid"),
                  instance,
                  List.of(new Problem.InvalidParam(domain.field(), reason)));
    } else if (cause instanceof ConstraintViolationException violations) {
      List<Problem.InvalidParam> fields = new ArrayList<>();
      for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
        fields.add(new Problem.InvalidParam(field(violation), violation.getMessage()));
      }
      problem = Problems.invalid(instance, fields);
    } else if (cause instanceof EJBAccessException || cause instanceof SecurityException) {
      if (request != null && request.getUserPrincipal() == null) {
        return Response.fromResponse(
                Problems.response(Problems.of(401, instance, "api.problem.unauthorized")))
            .header(HttpHeaders.WWW_AUTHENTICATE, ApiGate.CHALLENGE)
            .build();
      }
      problem = Problems.of(403, instance, "api.problem.forbidden");
    } else if (cause instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      Response.ResponseBuilder builder =
          Response.fromResponse(
              Problems.response(Problems.of(status, instance, "api.problem.status." + status)));
      String allow = web.getResponse().getHeaderString(HttpHeaders.ALLOW);
      if (allow != null) {
        builder.header(HttpHeaders.ALLOW, allow);
      }
      return builder.build();
    } else {
      LOG.log(Level.SEVERE, "API request " + instance + " failed", thrown);
      problem = Problems.of(500, instance, "api.problem.internal");
    }
    return Problems.response(problem);
  }

  private static Throwable unwrap(Throwable thrown) {
    Throwable cause = thrown;
    while ((cause instanceof EJBException || cause.getClass().getName().endsWith("Rollback"))
        && cause.getCause() != null
        && !(cause instanceof EJBAccessException)) {
      cause = cause.getCause();
    }
    if (cause instanceof jakarta.persistence.PersistenceException
        && cause.getCause() instanceof OptimisticLockException lock) {
      return lock;
    }
    return cause;
  }

  /** The field of a violation: the last node of its path (a service parameter's property). */
  private static String field(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString();
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}
