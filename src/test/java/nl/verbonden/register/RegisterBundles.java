package nl.verbonden.register;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The message bundles of the register, each loaded from exactly one file. {@code
 * ResourceBundle.getBundle} would hand out the English bundle with the Dutch one as its parent, so
 * a key missing from {@code messages_en.properties} would still be found (in Dutch); a test that a
 * key exists in both languages must look in each file alone.
 */
public final class RegisterBundles {

  private static final ResourceBundle DUTCH = load("nl/verbonden/i18n/messages.properties");
  private static final ResourceBundle ENGLISH = load("nl/verbonden/i18n/messages_en.properties");
  private static final ResourceBundle VALIDATION_DUTCH = load("ValidationMessages.properties");
  private static final ResourceBundle VALIDATION_ENGLISH = load("ValidationMessages_en.properties");

  private RegisterBundles() {}

  /** {@code messages.properties}: the Dutch texts, the default. */
  public static ResourceBundle dutch() {
    return DUTCH;
  }

  /** {@code messages_en.properties} alone, without the Dutch parent. */
  public static ResourceBundle english() {
    return ENGLISH;
  }

  public static ResourceBundle validationDutch() {
    return VALIDATION_DUTCH;
  }

  public static ResourceBundle validationEnglish() {
    return VALIDATION_ENGLISH;
  }

  private static ResourceBundle load(String resource) {
    try (InputStream in = RegisterBundles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("No resource " + resource);
      }
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
