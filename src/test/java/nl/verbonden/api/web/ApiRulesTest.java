package nl.verbonden.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.verbonden.shared.entity.ImportError;
import org.junit.jupiter.api.Test;

/** The API's own rules, in plain Java: paging, preconditions, the rate limit, the batch as CSV. */
class ApiRulesTest {

  @Test
  void pagingIsFromOneAndAtMostAHundredAPage() {
    assertEquals(new Paging(1, 20), Paging.of(null, null));
    assertEquals(40, Paging.of(3, 20).first());
    assertEquals(List.of(3, 4), Paging.of(2, 2).cut(List.of(1, 2, 3, 4, 5)));
    assertEquals(List.of(), Paging.of(9, 2).cut(List.of(1, 2, 3)));
    assertEquals(100, Paging.of(1, 100).size());
    ApiProblem tooLarge = assertThrows(ApiProblem.class, () -> Paging.of(1, 101));
    assertEquals("paginaGrootte", tooLarge.problem().invalidParams().get(0).name());
    assertTrue(tooLarge.problem().invalidParams().get(0).reason().contains("100"));
    assertEquals(
        "pagina",
        assertThrows(ApiProblem.class, () -> Paging.of(0, 10))
            .problem()
            .invalidParams()
            .get(0)
            .name());
    assertThrows(ApiProblem.class, () -> Paging.of(1, 0));
  }

  @Test
  void aChangeNeedsIfMatchWithTheCurrentVersion() {
    assertEquals(7, Preconditions.requireMatch("\"7\"", 7));
    assertEquals(7, Preconditions.requireMatch("\"6\", \"7\"", 7));
    assertEquals(7, Preconditions.requireMatch("*", 7));
    assertEquals(
        428,
        assertThrows(ApiProblem.class, () -> Preconditions.requireMatch(null, 7))
            .problem()
            .status());
    assertEquals(
        428,
        assertThrows(ApiProblem.class, () -> Preconditions.requireMatch(" ", 7))
            .problem()
            .status());
    assertEquals(
        412,
        assertThrows(ApiProblem.class, () -> Preconditions.requireMatch("\"6\"", 7))
            .problem()
            .status());
    assertEquals(
        412,
        assertThrows(ApiProblem.class, () -> Preconditions.requireMatch("7", 7)).problem().status(),
        "an ETag is quoted");
  }

  @Test
  void theRateLimitCountsPerCallerAndWindowAndSaysHowLongToWait() {
    RateLimit limit = new RateLimit();
    limit.limit = 2;
    limit.window = "PT1M";
    Instant start = Instant.parse("2026-11-29T10:00:00Z");
    limit.clock = Clock.fixed(start, ZoneOffset.UTC);
    assertEquals(0, limit.count("a"));
    assertEquals(0, limit.count("a"));
    assertEquals(60, limit.count("a"), "the third in the minute waits the rest of it");
    assertEquals(0, limit.count("b"), "another caller has a count of its own");
    limit.clock = Clock.fixed(start.plus(Duration.ofSeconds(45)), ZoneOffset.UTC);
    assertEquals(15, limit.count("a"));
    limit.clock = Clock.fixed(start.plus(Duration.ofMinutes(1)), ZoneOffset.UTC);
    assertEquals(0, limit.count("a"), "a new window");
  }

  @Test
  void aBatchBecomesTheImportsCsvAndItsErrorsNameTheMeasurementAndField() {
    JsonArray rows =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("indicator", "Wachttijd \"jeugd\"")
                    .add("periode", "2026-K1")
                    .add("waarde", "12,5"))
            .add(
                Json.createObjectBuilder()
                    .add("indicator", "Bezoekers; totaal")
                    .add("periode", "2026-K1")
                    .add("waarde", "-3")
                    .add("bron", "=SOM(A1)")
                    .addNull("toelichting"))
            .build();
    String csv = new String(AgreementsResource.csv(rows), StandardCharsets.UTF_8);
    assertEquals(
        "indicator;periode;waarde;bron;toelichting\r\n"
            + "\"Wachttijd \"\"jeugd\"\"\";\"2026-K1\";\"12,5\";\"\";\"\"\r\n"
            + "\"Bezoekers; totaal\";\"2026-K1\";\"-3\";\"=SOM(A1)\";\"\"\r\n",
        csv,
        "every cell quoted and kept as typed: the import reads it as it reads a file");
    assertEquals("metingen[0].waarde", AgreementsResource.name(ImportError.of(2, "waarde", "k")));
    assertEquals("metingen[3]", AgreementsResource.name(ImportError.of(5, null, "k")));
    assertEquals("metingen", AgreementsResource.name(ImportError.of(0, null, "k")));
  }

  @Test
  void aBatchWithAnUnknownFieldOrANumberInsteadOfTextIsRefusedAtTheField() {
    JsonArray rows =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("indicator", "A")
                    .add("waarde", 12)
                    .add("eenheid", "%"))
            .add("geen meting")
            .build();
    ApiProblem refused = assertThrows(ApiProblem.class, () -> AgreementsResource.csv(rows));
    List<String> names =
        refused.problem().invalidParams().stream().map(Problem.InvalidParam::name).toList();
    assertEquals(List.of("metingen[0].eenheid", "metingen[0].waarde", "metingen[1]"), names);
  }

  @Test
  void problemTitlesAreDutch() {
    assertEquals("Niet gevonden", Problems.title(404));
    assertEquals("Voorwaarde vereist", Problems.title(428));
    assertEquals("Fout", Problems.title(418));
    Problem problem = Problems.of(412, "/api/v1/partijen/1", "api.problem.stale");
    assertTrue(problem.detail().startsWith("Iemand anders"));
    assertEquals(null, problem.invalidParams());
  }
}
