package nl.verbonden.shared.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.NotFoundException;

/**
 * The one place where exceptions of the services become what the user sees: a {@link
 * DomainException} becomes a message in the user's language, at the field it names or at the top of
 * the form; an object that is not found (or belongs to another tenant) becomes the 404 page when a
 * page is opened; an access denial becomes the 403 page. Everything else goes on to the error
 * pages.
 */
public class DomainExceptionHandler extends ExceptionHandlerWrapper {

  public DomainExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext context = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable cause = events.next().getContext().getException();
      DomainException domain = find(cause, DomainException.class);
      EJBAccessException denied = find(cause, EJBAccessException.class);
      if (domain != null) {
        events.remove();
        show(context, domain);
      } else if (denied != null && !context.getPartialViewContext().isAjaxRequest()) {
        events.remove();
        sendError(context, HttpServletResponse.SC_FORBIDDEN);
      }
    }
    getWrapped().handle();
  }

  /**
   * Shows a refusal that a page caught itself (e.g. to stay on a wizard step), exactly as an
   * uncaught one: at its field, or at the top of the form, and marks the request as failed
   * validation.
   */
  public static void report(DomainException exception) {
    show(FacesContext.getCurrentInstance(), exception);
  }

  private static void show(FacesContext context, DomainException exception) {
    boolean pageLoad = !context.isPostback();
    if (exception instanceof NotFoundException && pageLoad) {
      sendError(context, HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String text = Messages.text(exception.messageKey(), exception.arguments());
    FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
    String clientId = exception.field() == null ? null : markInvalid(context, exception.field());
    context.addMessage(clientId, message);
    context.validationFailed();
    context.renderResponse();
  }

  /**
   * Marks the input with this id invalid and returns its client id, or null when the view has none.
   */
  private static String markInvalid(FacesContext context, String fieldId) {
    String[] found = new String[1];
    context
        .getViewRoot()
        .visitTree(
            VisitContext.createVisitContext(context),
            (visit, component) -> {
              if (fieldId.equals(component.getId()) && component instanceof UIInput input) {
                input.setValid(false);
                found[0] = clientId(visit.getFacesContext(), component);
                return VisitResult.COMPLETE;
              }
              return VisitResult.ACCEPT;
            });
    return found[0];
  }

  private static String clientId(FacesContext context, UIComponent component) {
    return component.getClientId(context);
  }

  private static void sendError(FacesContext context, int status) {
    try {
      context.getExternalContext().responseSendError(status, null);
      context.responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T extends Throwable> T find(Throwable throwable, Class<T> type) {
    for (Throwable t = throwable; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
