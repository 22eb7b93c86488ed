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

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
