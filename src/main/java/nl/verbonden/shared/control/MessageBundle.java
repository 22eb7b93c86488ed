package nl.verbonden.shared.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of the resource bundle {@code nl.verbonden.i18n.messages} in a given language, for
 * every layer: pages read them through {@code shared.web.Messages} in the view's language; services
 * and documents (overviews, images) pass the language in.
 */
public final class MessageBundle {

  public static final String BUNDLE = "nl.verbonden.i18n.messages";
  public static final Locale DUTCH = Locale.forLanguageTag("nl");

  private MessageBundle() {}

  /** The text of a key with its arguments filled in; the key itself when the bundle lacks it. */
  public static String text(Locale locale, String key, Object... arguments) {
    String pattern;
    try {
      pattern =
          ResourceBundle.getBundle(BUNDLE, locale, MessageBundle.class.getClassLoader())
              .getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }
}
