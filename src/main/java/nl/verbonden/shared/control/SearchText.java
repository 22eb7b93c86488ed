package nl.verbonden.shared.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person typed in the search field, read once for every kind of search: the words (letters
 * and digits only, so nothing typed reaches the SQL as syntax), a LIKE pattern with its wildcards
 * escaped, a PostgreSQL text-search query that matches each word as a prefix, and the digits when
 * the text is a number (a KvK number or RSIN).
 */
public final class SearchText implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Shorter texts find too much to be useful; the page asks for more. */
  public static final int MIN_LENGTH = 2;

  /** Longer texts are refused: no name in the register is longer. */
  public static final int MAX_LENGTH = 200;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private final String text;
  private final List<String> words;

  private SearchText(String text, List<String> words) {
    this.text = text;
    this.words = words;
  }

  /**
   * @return the text read, or {@code null} when it is blank, shorter than {@link #MIN_LENGTH}
   *     letters or digits, or longer than {@link #MAX_LENGTH}
   */
  public static SearchText of(String typed) {
    if (typed == null) {
      return null;
    }
    String text = typed.strip();
    if (text.length() > MAX_LENGTH) {
      return null;
    }
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    int letters = 0;
    while (m.find()) {
      words.add(m.group());
      letters += m.group().length();
    }
    return letters < MIN_LENGTH ? null : new SearchText(text, List.copyOf(words));
  }

  /** The text as typed, without surrounding spaces. */
  public String text() {
    return text;
  }

  /** The words, lower case, letters and digits only. */
  public List<String> words() {
    return words;
  }

  /**
   * A LIKE pattern that finds the text anywhere (lower case; {@code %}, {@code _} and the escape
   * character {@code \} escaped).
   */
  public String containsPattern() {
    return "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
  }

  /** A LIKE pattern for values that start with the text's digits, or {@code null} if none. */
  public String digitsPrefixPattern() {
    String digits = digits();
    return digits == null ? null : digits + "%";
  }

  /**
   * The digits when the text is a number (spaces, dots and dashes allowed, as in "4109 1234"), at
   * least {@link #MIN_LENGTH} of them; else {@code null}.
   */
  public String digits() {
    String stripped = text.replaceAll("[\\s.\\-]", "");
    return stripped.length() >= MIN_LENGTH && stripped.chars().allMatch(Character::isDigit)
        ? stripped
        : null;
  }

  /**
   * A PostgreSQL {@code to_tsquery} text: every word as a prefix, all words required ({@code "ggd:*
   * & utrecht:*"}). Safe by construction: the words hold letters and digits only.
   */
  public String prefixQuery() {
    return String.join(" & ", words.stream().map(w -> w + ":*").toList());
  }

  static String escapeLike(String value) {
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  @Override
  public String toString() {
    return text;
  }
}
