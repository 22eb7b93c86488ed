package nl.verbonden.tenancy.entity;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The CBS code of a municipality: {@code GM} followed by four digits (e.g. GM0351 for Woudenberg).
 * It identifies a tenant and never changes once the tenant exists.
 */
public final class CbsCode implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern FORMAT = Pattern.compile("GM\\d{4}");

  private final String value;

  private CbsCode(String value) {
    this.value = value;
  }

  /**
   * @param text the code as typed; surrounding spaces are ignored and {@code gm} is accepted for
   *     {@code GM}
   * @throws IllegalArgumentException when it is not GM plus four digits
   */
  public static CbsCode of(String text) {
    String normalised = normalise(text);
    if (!isValid(normalised)) {
      throw new IllegalArgumentException("Geen geldige CBS-code: " + text);
    }
    return new CbsCode(normalised);
  }

  /** Whether the text, as typed, is a valid CBS code. */
  public static boolean isValid(String text) {
    String normalised = normalise(text);
    return normalised != null
        && FORMAT.matcher(normalised).matches()
        && !"GM0000".equals(normalised);
  }

  private static String normalise(String text) {
    return text == null ? null : text.strip().toUpperCase(java.util.Locale.ROOT);
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CbsCode code && code.value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
