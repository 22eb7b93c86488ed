package nl.verbonden.platform.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.verbonden.tenancy.entity.UserAccount;
import org.junit.jupiter.api.Test;

/** The demo municipalities and accounts, and the demo user registry they must match. */
class DemoTenantsTest {

  private final DemoTenants demo = DemoTenants.read(LocalDate.of(2026, 11, 29));

  @Test
  void woudenbergAndZeist() {
    assertEquals(
        List.of("Woudenberg (GM0351)", "Zeist (GM0355)"),
        demo.municipalities().stream().map(Object::toString).toList());
  }

  @Test
  void everyAccountIsAUserOfTheDemoRegistryAndBack() throws IOException {
    String users = Files.readString(Path.of("liberty/config/demo-users.xml"));
    Matcher m = Pattern.compile("<user name=\"([^\"]+)\"").matcher(users);
    Set<String> registry = new java.util.TreeSet<>();
    while (m.find()) {
      registry.add(m.group(1));
    }
    assertEquals(
        registry,
        demo.accounts().stream()
            .map(UserAccount::getLoginName)
            .collect(Collectors.toCollection(java.util.TreeSet::new)));
  }

  @Test
  void theTenantsComeBeforeTheAccounts() {
    assertEquals(2 + 5, demo.tenantsAndAccounts().size());
    assertEquals(demo.municipalities().get(0).tenant(), demo.tenantsAndAccounts().get(0));
  }
}
