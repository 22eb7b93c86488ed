package nl.verbonden.shared.control;

import java.util.Optional;

/**
 * What any text a person types or imports must be, so that it is stored as typed and every page and
 * document can show it: no longer than its field, and without invisible control characters (C0 and
 * C1 controls other than tab, line feed and carriage return), Unicode non-characters ({@code
 * U+FFFE}, {@code U+FFFF}, {@code U+FDD0}–{@code U+FDEF}), unpaired surrogates, or the bidi
 * controls that reorder text ({@code U+202A}–{@code U+202E}, {@code U+2066}–{@code U+2069}). Plain
 * Java.
 */
public final class TextRules {

  private TextRules() {}

  /** A refusal: its bundle key with its arguments. */
  public record Refusal(String messageKey, Object... arguments) {}

  /**
   * Why a text is refused, if it is.
   *
   * @param maxLength the most characters (code points) the field holds; 0 for no limit
   */
  public static Optional<Refusal> check(String text, int maxLength) {
    if (text == null) {
      return Optional.empty();
    }
    int length = text.codePointCount(0, text.length());
    if (maxLength > 0 && length > maxLength) {
      return Optional.of(new Refusal("text.tooLong", maxLength, length));
    }
    int position = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      position++;
      if (forbidden(c) || (Character.isSurrogate(text.charAt(i)) && Character.charCount(c) == 1)) {
        return Optional.of(new Refusal("text.control", position));
      }
      i += Character.charCount(c);
    }
    return Optional.empty();
  }

  static boolean forbidden(int c) {
    boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c < 0xA0);
    boolean nonCharacter = (c & 0xFFFE) == 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF);
    boolean bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    return control || nonCharacter || bidi;
  }
}
