package nl.verbonden.shared.web;

import jakarta.faces.application.ConfigurableNavigationHandler;
import jakarta.faces.application.ConfigurableNavigationHandlerWrapper;
import jakarta.faces.application.NavigationCase;
import jakarta.faces.application.NavigationHandler;
import jakarta.faces.context.FacesContext;

/**
 * An action's messages reach the next page only when the action redirects to it: then they ride
 * along in the flash. Without a redirect they belong to this response alone, so that each action
 * shows its own result and old messages do not pile up under new ones.
 */
public class KeepMessagesOnRedirect extends ConfigurableNavigationHandlerWrapper {

  /** Faces decorates the navigation handler it has (MyFaces': a configurable one). */
  public KeepMessagesOnRedirect(NavigationHandler wrapped) {
    super((ConfigurableNavigationHandler) wrapped);
  }

  @Override
  public void handleNavigation(FacesContext context, String fromAction, String outcome) {
    NavigationCase target = getNavigationCase(context, fromAction, outcome);
    if (target != null && target.isRedirect()) {
      context.getExternalContext().getFlash().setKeepMessages(true);
    }
    super.handleNavigation(context, fromAction, outcome);
  }
}
