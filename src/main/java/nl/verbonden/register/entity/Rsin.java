package nl.verbonden.register.entity;

import java.util.regex.Pattern;

/**
 * The RSIN (rechtspersonen en samenwerkingsverbanden informatienummer): nine digits that pass the
 * eleven-test, the same test as the BSN: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is divisible by 11 (and not
 * all zeros).
 */
public final class Rsin {

  private static final Pattern FORMAT = Pattern.compile("\\d{9}");

  private Rsin() {}

  /** Whether the text, spaces and dots ignored, is nine digits that pass the eleven-test. */
  public static boolean isValid(String text) {
    String digits = normalise(text);
    return digits != null && FORMAT.matcher(digits).matches() && passesElevenTest(digits);
  }

  /** Whether nine digits pass the eleven-test. */
  static boolean passesElevenTest(String nineDigits) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (nineDigits.charAt(i) - '0');
    }
    sum -= nineDigits.charAt(8) - '0';
    return sum % 11 == 0 && !"000000000".equals(nineDigits);
  }

  /** The number without spaces and dots, as stored. */
  public static String normalise(String text) {
    return text == null ? null : text.replaceAll("[\\s.]", "");
  }
}
