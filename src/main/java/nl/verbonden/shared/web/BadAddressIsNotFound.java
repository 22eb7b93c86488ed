package nl.verbonden.shared.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page opened with an address whose parameters do not hold (no id, an id that is not a number: a
 * view parameter that is missing or fails conversion) is a page that does not exist: 404, not a
 * page without its data that ends in the 500 page. Registered in {@code faces-config.xml}.
 */
public class BadAddressIsNotFound implements PhaseListener {

  private static final long serialVersionUID = 1L;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RENDER_RESPONSE;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    FacesContext context = event.getFacesContext();
    if (!context.isPostback() && context.isValidationFailed()) {
      try {
        context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      context.responseComplete();
    }
  }

  @Override
  public void afterPhase(PhaseEvent event) {}
}
