package nl.verbonden.register.entity;

import java.util.regex.Pattern;

/** The number of the Kamer van Koophandel (KvK): exactly eight digits. */
public final class KvkNumber {

  private static final Pattern FORMAT = Pattern.compile("\\d{8}");

  private KvkNumber() {}

  /** Whether the text, spaces ignored, is eight digits. */
  public static boolean isValid(String text) {
    return text != null && FORMAT.matcher(normalise(text)).matches();
  }

  /** The number without spaces and dots, as stored. */
  public static String normalise(String text) {
    return text == null ? null : text.replaceAll("[\\s.]", "");
  }
}
