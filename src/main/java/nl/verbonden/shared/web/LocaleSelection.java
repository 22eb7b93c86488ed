package nl.verbonden.shared.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import nl.verbonden.shared.control.MessageBundle;

/** The language of the user interface: Dutch first, English second. Kept for the session. */
@Named("language")
@SessionScoped
public class LocaleSelection implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final Locale DUTCH = MessageBundle.DUTCH;
  public static final Locale ENGLISH = Locale.ENGLISH;

  private Locale locale = DUTCH;

  public Locale getLocale() {
    return locale;
  }

  public String getCode() {
    return locale.getLanguage();
  }

  public boolean isDutch() {
    return DUTCH.getLanguage().equals(locale.getLanguage());
  }

  /** Switches to the other language and re-renders the page the user is on. */
  public void toggle() {
    locale = isDutch() ? ENGLISH : DUTCH;
    FacesContext context = FacesContext.getCurrentInstance();
    context.getViewRoot().setLocale(locale);
  }
}
