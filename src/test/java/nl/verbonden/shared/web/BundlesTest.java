package nl.verbonden.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text exists in Dutch and in English: no key shows up untranslated. */
class BundlesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"nl/verbonden/i18n/messages", "nl/verbonden/i18n/faces", "ValidationMessages"})
  void dutchAndEnglishHaveTheSameKeys(String bundle) throws IOException {
    assertEquals(
        new TreeSet<>(load(bundle + ".properties").stringPropertyNames()),
        new TreeSet<>(load(bundle + "_en.properties").stringPropertyNames()));
  }

  /**
   * Every message of the application's bundle is a valid MessageFormat pattern, and formats with
   * sample arguments (numbers where a choice or number format asks for one): a broken pattern would
   * otherwise only show as an error page when the message is first used.
   */
  @ParameterizedTest
  @ValueSource(strings = {"messages.properties", "messages_en.properties"})
  void everyMessageIsAPatternThatFormats(String file) throws IOException {
    Properties messages = load("nl/verbonden/i18n/" + file);
    Object[] numbers = {0, 1, 2, 3, 4, 5, 6, 7};
    Object[] plural = {2, 2, 2, 2, 2, 2, 2, 2};
    java.util.List<String> broken = new java.util.ArrayList<>();
    for (String key : new TreeSet<>(messages.stringPropertyNames())) {
      String pattern = messages.getProperty(key);
      try {
        java.text.MessageFormat format =
            new java.text.MessageFormat(pattern, java.util.Locale.forLanguageTag("nl"));
        format.format(numbers);
        format.format(plural);
      } catch (IllegalArgumentException e) {
        broken.add(key + ": " + e.getMessage());
      }
    }
    assertEquals(java.util.List.of(), broken);
  }

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
