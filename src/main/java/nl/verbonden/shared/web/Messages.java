package nl.verbonden.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import nl.verbonden.shared.control.MessageBundle;

/**
 * Texts of the resource bundle {@code nl.verbonden.i18n.messages} in the language of the current
 * view.
 */
public final class Messages {

  public static final String BUNDLE = MessageBundle.BUNDLE;

  private Messages() {}

  public static String text(String key, Object... arguments) {
    return text(currentLocale(), key, arguments);
  }

  public static String text(Locale locale, String key, Object... arguments) {
    return MessageBundle.text(locale, key, arguments);
  }

  /**
   * A message for the whole page (or for one field, when clientId is given); it goes along to the
   * next page when the action redirects ({@link KeepMessagesOnRedirect}).
   */
  public static void add(
      String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
    FacesContext context = FacesContext.getCurrentInstance();
    String summary = text(key, arguments);
    context.addMessage(clientId, new FacesMessage(severity, summary, summary));
  }

  public static void info(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_INFO, key, arguments);
  }

  private static Locale currentLocale() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context != null && context.getViewRoot() != null) {
      return context.getViewRoot().getLocale();
    }
    return LocaleSelection.DUTCH;
  }
}
