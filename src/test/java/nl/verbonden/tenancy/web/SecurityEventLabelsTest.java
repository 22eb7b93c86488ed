package nl.verbonden.tenancy.web;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.util.Properties;
import nl.verbonden.tenancy.entity.SecurityEventKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Beheer &gt; Beveiliging names every kind of event in Dutch and in English. */
class SecurityEventLabelsTest {

  @ParameterizedTest
  @ValueSource(strings = {"messages.properties", "messages_en.properties"})
  void everyKindHasALabel(String bundle) throws Exception {
    Properties texts = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/nl/verbonden/i18n/" + bundle)) {
      texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    for (SecurityEventKind kind : SecurityEventKind.values()) {
      String label = texts.getProperty("security.kind." + kind.name(), "");
      assertFalse(label.isBlank(), bundle + " has no label for " + kind);
    }
    for (String key : new String[] {"login.locked", "login.expired", "nav.security"}) {
      assertFalse(texts.getProperty(key, "").isBlank(), bundle + " lacks " + key);
    }
  }
}
