package nl.verbonden.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import nl.verbonden.agreements.control.AgreementSearchProvider;
import nl.verbonden.agreements.control.IndicatorSearchProvider;
import nl.verbonden.cycle.control.ZienswijzeSearchProvider;
import nl.verbonden.positioning.control.QuestionSearchProvider;
import nl.verbonden.register.control.PartySearchProvider;
import nl.verbonden.roles.control.OfficeSearchProvider;
import nl.verbonden.roles.control.PeopleSearchProvider;
import nl.verbonden.shared.control.SearchProvider;
import nl.verbonden.shared.web.HelpTopics;
import org.junit.jupiter.api.Test;

/**
 * Every kind the search finds names its group, every help topic has its texts, and every domain
 * word its explanation, in Dutch and in English.
 */
class WorkspaceMessagesTest {

  private static final List<SearchProvider> PROVIDERS =
      List.of(
          new PartySearchProvider(),
          new PeopleSearchProvider(),
          new OfficeSearchProvider(),
          new AgreementSearchProvider(),
          new IndicatorSearchProvider(),
          new ZienswijzeSearchProvider(),
          new QuestionSearchProvider());

  private static Properties load(String file) throws IOException {
    Properties messages = new Properties();
    try (InputStream in =
        WorkspaceMessagesTest.class.getResourceAsStream("/nl/verbonden/i18n/" + file)) {
      messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return messages;
  }

  private static void assertPresent(String key) throws IOException {
    for (String file : List.of("messages.properties", "messages_en.properties")) {
      String text = load(file).getProperty(key);
      assertTrue(text != null && !text.isBlank(), key + " in " + file);
    }
  }

  @Test
  void everyKindHasAGroupNameAndItsOwnPlace() throws IOException {
    Set<String> kinds = new HashSet<>();
    Set<Integer> orders = new HashSet<>();
    for (SearchProvider provider : PROVIDERS) {
      assertPresent("search.kind." + provider.kind());
      assertTrue(kinds.add(provider.kind()), provider.kind());
      assertTrue(orders.add(provider.order()), "order " + provider.order());
      assertFalse(provider.roles().isEmpty(), provider.kind());
    }
    assertEquals(PROVIDERS.size(), kinds.size());
  }

  @Test
  void everyHelpTopicHasItsTexts() throws IOException {
    for (HelpTopics.Topic topic : new HelpTopics().getTopics()) {
      for (String part : List.of("title", "purpose", "law", "sourceText")) {
        assertPresent("help." + topic.name() + "." + part);
      }
    }
  }

  @Test
  void everyDomainWordIsExplained() throws IOException {
    for (String word :
        List.of(
            "bbvGroup", "regime", "steeringModel", "quadrant", "fourRoles", "escalationLadder")) {
      assertPresent("help.term." + word);
    }
  }
}
