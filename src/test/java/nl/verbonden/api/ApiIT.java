package nl.verbonden.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.verbonden.api.web.ApiVersion;
import nl.verbonden.testsupport.Demo;
import nl.verbonden.testsupport.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The REST API v1 over HTTP, as a client uses it: the conventions of the NL GOV API Design Rules
 * (version header, problem details, paging, ETags, no trailing slash, CORS), the same roles and
 * municipality as the screens, and the measurement batch. Also writes the served OpenAPI document
 * to {@code target/openapi.json} for the Spectral lint of .ci/run.
 */
class ApiIT {

  private static final String PASSWORD = "verbonden";
  private static final String ZEIST_REGISSEUR = "regisseur.zeist";
  private static final String RAADSLID = "raad.woudenberg";

  @BeforeAll
  static void server() {
    String url = TestServer.url().toString();
    RestAssured.baseURI = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    RestAssured.basePath = "/api/v1";
  }

  private static RequestSpecification as(String login) {
    return given().auth().preemptive().basic(login, PASSWORD).accept("application/json");
  }

  private static void assertProblem(Response response, int status) {
    assertEquals(status, response.statusCode(), response.asString());
    assertTrue(
        response.contentType().startsWith("application/problem+json"), response.contentType());
    JsonPath problem = response.jsonPath();
    assertEquals(status, problem.getInt("status"));
    assertNotNull(problem.getString("type"));
    assertNotNull(problem.getString("title"));
    assertNotNull(problem.getString("detail"));
    assertEquals(ApiVersion.FULL, response.header("API-Version"));
  }

  @Test
  void theOpenApiDocumentIsPublicWithOpenCorsInDutchWithContact() throws Exception {
    Response response =
        given().header("Origin", "https://elders.example").when().get("/openapi.json");
    response.then().statusCode(200).header("Access-Control-Allow-Origin", notNullValue());
    JsonPath doc = response.jsonPath();
    assertEquals("Verbonden API", doc.getString("info.title"));
    assertEquals(ApiVersion.FULL, doc.getString("info.version"));
    assertNotNull(doc.getString("info.contact.email"));
    assertNotNull(doc.getString("info.contact.url"));
    assertEquals("/api/v1", doc.getString("servers[0].url"));
    assertNotNull(doc.getMap("paths").get("/partijen"));
    assertNotNull(doc.getString("components.schemas.Probleem.type"));
    Path target = Path.of("target", "openapi.json");
    Files.createDirectories(target.getParent());
    Files.writeString(target, response.asString(), StandardCharsets.UTF_8);
  }

  @Test
  void withoutALoginTheAnswerIs401AsProblemWithAChallenge() {
    Response response = given().accept("application/json").get("/partijen");
    assertProblem(response, 401);
    assertTrue(response.header("WWW-Authenticate").startsWith("Basic"));
    Response wrong = given().auth().preemptive().basic(Demo.REGISSEUR, "fout").get("/partijen");
    assertProblem(wrong, 401);
  }

  @Test
  void theRegisterIsPagedWithLinksAndTotalAndEveryResponseHasTheVersion() {
    Response first = as(Demo.REGISSEUR).queryParam("paginaGrootte", 5).get("/partijen");
    first
        .then()
        .statusCode(200)
        .header("API-Version", ApiVersion.FULL)
        .header("ETag", notNullValue());
    JsonPath page = first.jsonPath();
    assertTrue(page.getInt("totaal") >= 14, first.asString());
    assertEquals(5, page.getList("partijen").size());
    assertNotNull(page.getString("_links.self.href"));
    assertNotNull(page.getString("_links.next.href"));
    assertEquals(null, page.getString("_links.previous.href"));
    String next = page.getString("_links.next.href");
    assertTrue(next.contains("pagina=2"), next);
    Response second =
        as(Demo.REGISSEUR).queryParam("paginaGrootte", 5).queryParam("pagina", 2).get("/partijen");
    second.then().statusCode(200).body("_links.previous.href", containsString("pagina=1"));
    assertNotEquals(
        page.getList("partijen.id"), second.jsonPath().getList("partijen.id"), "another page");
  }

  @Test
  void filtersAndSortingAreTheRegistersAndAWrongOneIsAProblemAtItsParameter() {
    as(Demo.REGISSEUR)
        .queryParam("zoek", "GGD")
        .get("/partijen")
        .then()
        .statusCode(200)
        .body("partijen.naam", hasItem(containsString("GGD")));
    List<String> names =
        as(Demo.REGISSEUR)
            .queryParam("sorteer", "-naam")
            .queryParam("paginaGrootte", 100)
            .get("/partijen")
            .jsonPath()
            .getList("partijen.naam");
    assertTrue(names.get(0).compareToIgnoreCase(names.get(names.size() - 1)) > 0, names.toString());
    Response sort = as(Demo.REGISSEUR).queryParam("sorteer", "wachtwoord").get("/partijen");
    assertProblem(sort, 400);
    assertEquals("sorteer", sort.jsonPath().getString("invalidParams[0].name"));
    Response size = as(Demo.REGISSEUR).queryParam("paginaGrootte", 101).get("/partijen");
    assertProblem(size, 400);
    assertEquals("paginaGrootte", size.jsonPath().getString("invalidParams[0].name"));
    assertTrue(size.jsonPath().getString("invalidParams[0].reason").contains("100"));
    Response regime = as(Demo.REGISSEUR).queryParam("regime", "extreem").get("/partijen");
    assertProblem(regime, 400);
  }

  @Test
  void aTrailingSlashIs404NotARedirect() {
    Response response = as(Demo.REGISSEUR).redirects().follow(false).get("/partijen/");
    assertProblem(response, 404);
    assertProblem(as(Demo.REGISSEUR).get("/bestaat-niet"), 404);
  }

  @Test
  void anotherMunicipalitysIdIs404LikeAnIdThatDoesNotExistAndLeaksNothing() {
    long zeistParty =
        as(ZEIST_REGISSEUR)
            .queryParam("zoek", Demo.ZEIST_ONLY)
            .get("/partijen")
            .jsonPath()
            .getLong("partijen[0].id");
    as(ZEIST_REGISSEUR).get("/partijen/" + zeistParty).then().statusCode(200);
    for (String path :
        List.of(
            "/partijen/" + zeistParty,
            "/partijen/" + zeistParty + "/deelnemers",
            "/partijen/" + zeistParty + "/jaarcijfers",
            "/partijen/" + zeistParty + "/rollen")) {
      Response theirs = as(Demo.REGISSEUR).get(path);
      assertProblem(theirs, 404);
      assertFalse(theirs.asString().contains(Demo.ZEIST_ONLY), theirs.asString());
      Response none = as(Demo.REGISSEUR).get(path.replace("/" + zeistParty, "/987654321"));
      assertProblem(none, 404);
      assertEquals(none.jsonPath().getString("detail"), theirs.jsonPath().getString("detail"));
    }
    Response patch =
        as(Demo.REGISSEUR)
            .contentType("application/merge-patch+json")
            .header("If-Match", "\"0\"")
            .body("{\"vestigingsplaats\":\"Woudenberg\"}")
            .patch("/partijen/" + zeistParty);
    assertProblem(patch, 404);
    long woudenbergAgreement =
        as(Demo.REGISSEUR).get("/overeenkomsten").jsonPath().getLong("overeenkomsten[0].id");
    for (String path :
        List.of(
            "/overeenkomsten/" + woudenbergAgreement,
            "/overeenkomsten/" + woudenbergAgreement + "/indicatoren",
            "/overeenkomsten/" + woudenbergAgreement + "/metingen")) {
      assertProblem(as(ZEIST_REGISSEUR).get(path), 404);
    }
    Response batch =
        as(ZEIST_REGISSEUR)
            .contentType("application/json")
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .body("{\"metingen\":[]}")
            .post("/overeenkomsten/" + woudenbergAgreement + "/metingen");
    assertProblem(batch, 404);
  }

  @Test
  void aRaadslidReadsTheYearAndOverviewsButNotTheRegister() {
    assertProblem(as(RAADSLID).get("/partijen"), 403);
    assertProblem(as(RAADSLID).get("/overeenkomsten"), 403);
    as(RAADSLID).get("/zienswijzen").then().statusCode(200).body("totaal", notNullValue());
    as(RAADSLID).get("/kalender").then().statusCode(200).body("jaar", notNullValue());
    as(RAADSLID).get("/overzichten").then().statusCode(200).body("totaal", notNullValue());
    assertProblem(as("beheer").get("/partijen"), 403);
  }

  @Test
  void theCalendarAndZienswijzenOfWoudenberg() {
    as(Demo.REGISSEUR)
        .get("/kalender")
        .then()
        .statusCode(200)
        .body("regelingen.partijNaam", hasItem(containsString("GGD")))
        .body("regelingen[0].termijnen", notNullValue());
    as(Demo.REGISSEUR)
        .get("/zienswijzen")
        .then()
        .statusCode(200)
        .body("totaal", greaterThanOrEqualTo(2));
    assertProblem(as(Demo.REGISSEUR).queryParam("jaar", 1800).get("/kalender"), 400);
  }

  @Test
  void aPatchNeedsIfMatchAStaleOneIs412AndChangesNothing() {
    long id =
        as(Demo.REGISSEUR)
            .queryParam("zoek", "Welzijn")
            .get("/partijen")
            .jsonPath()
            .getLong("partijen[0].id");
    Response before = as(Demo.REGISSEUR).get("/partijen/" + id);
    String etag = before.header("ETag");
    String seat = before.jsonPath().getString("vestigingsplaats");
    assertNotNull(etag);
    as(Demo.REGISSEUR).header("If-None-Match", etag).get("/partijen/" + id).then().statusCode(304);

    Response missing =
        as(Demo.REGISSEUR)
            .contentType("application/merge-patch+json")
            .body("{\"vestigingsplaats\":\"Elders\"}")
            .patch("/partijen/" + id);
    assertProblem(missing, 428);
    Response stale =
        as(Demo.REGISSEUR)
            .contentType("application/merge-patch+json")
            .header("If-Match", "\"999999\"")
            .body("{\"vestigingsplaats\":\"Elders\"}")
            .patch("/partijen/" + id);
    assertProblem(stale, 412);
    Response wrongField =
        as(Demo.REGISSEUR)
            .contentType("application/merge-patch+json")
            .header("If-Match", etag)
            .body("{\"verbondenPartij\":\"ja\",\"einddatum\":\"31-12-2026\"}")
            .patch("/partijen/" + id);
    assertProblem(wrongField, 400);
    assertEquals(2, wrongField.jsonPath().getList("invalidParams").size());
    Response badKvk =
        as(Demo.REGISSEUR)
            .contentType("application/merge-patch+json")
            .header("If-Match", etag)
            .body("{\"kvkNummer\":\"12\"}")
            .patch("/partijen/" + id);
    assertProblem(badKvk, 400);
    assertEquals(
        seat, as(Demo.REGISSEUR).get("/partijen/" + id).jsonPath().get("vestigingsplaats"));
    assertEquals(etag, as(Demo.REGISSEUR).get("/partijen/" + id).header("ETag"));

    Response changed =
        as(Demo.REGISSEUR)
            .contentType("application/merge-patch+json")
            .header("If-Match", etag)
            .body("{\"vestigingsplaats\":\"Elders\"}")
            .patch("/partijen/" + id);
    changed.then().statusCode(200).body("vestigingsplaats", equalTo("Elders"));
    String newTag = changed.header("ETag");
    assertNotEquals(etag, newTag);
    assertProblem(
        as(Demo.REGISSEUR)
            .contentType("application/merge-patch+json")
            .header("If-Match", etag)
            .body("{\"vestigingsplaats\":\"Nog elders\"}")
            .patch("/partijen/" + id),
        412);
    as(Demo.REGISSEUR)
        .contentType("application/merge-patch+json")
        .header("If-Match", newTag)
        .body(
            seat == null
                ? "{\"vestigingsplaats\":null}"
                : "{\"vestigingsplaats\":\"" + seat + "\"}")
        .patch("/partijen/" + id)
        .then()
        .statusCode(200);
    assertProblem(
        as(RAADSLID)
            .contentType("application/json")
            .header("If-Match", newTag)
            .body("{}")
            .patch("/partijen/" + id),
        403);
  }

  @Test
  void corsIsClosedForTheApi() {
    Response preflight =
        given()
            .header("Origin", "https://elders.example")
            .header("Access-Control-Request-Method", "GET")
            .options("/partijen");
    assertProblem(preflight, 403);
    assertEquals(null, preflight.header("Access-Control-Allow-Origin"));
    Response get = as(Demo.REGISSEUR).header("Origin", "https://elders.example").get("/partijen");
    get.then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
  }

  @Test
  void aMeasurementBatchIsAllOrNothingWithTheImportsMessagesAndIdempotent() {
    Map<String, Object> measured = null;
    long agreement = 0;
    for (Object id :
        as(Demo.REGISSEUR).get("/overeenkomsten").jsonPath().getList("overeenkomsten.id")) {
      List<Map<String, Object>> rows =
          as(Demo.REGISSEUR)
              .get("/overeenkomsten/" + id + "/metingen")
              .jsonPath()
              .getList("metingen");
      if (!rows.isEmpty()) {
        measured = rows.get(0);
        agreement = ((Number) id).longValue();
        break;
      }
    }
    assertNotNull(measured, "a demo agreement with measurements");
    Object measuredId = measured.get("id");
    String value =
        new BigDecimal(measured.get("waarde").toString()).toPlainString().replace('.', ',');
    String same =
        "{\"indicator\":\""
            + measured.get("indicator")
            + "\",\"periode\":\""
            + measured.get("periode")
            + "\",\"waarde\":\""
            + value
            + "\""
            + text("bron", measured.get("bron"))
            + text("toelichting", measured.get("toelichting"))
            + "}";
    String changed = same.replace("\"waarde\":\"" + value + "\"", "\"waarde\":\"" + value + "1\"");
    String path = "/overeenkomsten/" + agreement + "/metingen";

    Response noKey =
        as(Demo.REGISSEUR)
            .contentType("application/json")
            .body("{\"metingen\":[" + same + "]}")
            .post(path);
    assertProblem(noKey, 400);

    Response refused =
        as(Demo.REGISSEUR)
            .contentType("application/json")
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .body(
                "{\"metingen\":["
                    + changed
                    + ",{\"indicator\":\"Bestaat niet\",\"periode\":\"2025-K1\",\"waarde\":\"12.5\"}]}")
            .post(path);
    assertProblem(refused, 400);
    List<String> fields = refused.jsonPath().getList("invalidParams.name");
    assertTrue(fields.stream().allMatch(f -> f.startsWith("metingen[1]")), fields.toString());
    assertEquals(
        measured.get("waarde").toString(),
        as(Demo.REGISSEUR).get(path).jsonPath().getList("metingen", Map.class).stream()
            .filter(m -> m.get("id").equals(measuredId))
            .findFirst()
            .orElseThrow()
            .get("waarde")
            .toString(),
        "nothing recorded of a refused batch");

    String key = UUID.randomUUID().toString();
    Response once =
        as(Demo.REGISSEUR)
            .contentType("application/json")
            .header("Idempotency-Key", key)
            .body("{\"metingen\":[" + same + "]}")
            .post(path);
    once.then().statusCode(200).body("ongewijzigd", equalTo(1)).body("toegevoegd", equalTo(0));
    Response again =
        as(Demo.REGISSEUR)
            .contentType("application/json")
            .header("Idempotency-Key", key)
            .body("{\"metingen\":[" + same + "]}")
            .post(path);
    again.then().statusCode(200).header("Idempotent-Replayed", "true");
    assertEquals(once.jsonPath().getMap(""), again.jsonPath().getMap(""));
    Response otherBody =
        as(Demo.REGISSEUR)
            .contentType("application/json")
            .header("Idempotency-Key", key)
            .body("{\"metingen\":[" + changed + "]}")
            .post(path);
    assertProblem(otherBody, 422);
    assertProblem(
        as(RAADSLID)
            .contentType("application/json")
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .body("{\"metingen\":[" + same + "]}")
            .post(path),
        403);
  }

  private static String text(String name, Object value) {
    return value == null
        ? ""
        : ",\"" + name + "\":\"" + value.toString().replace("\"", "\\\"") + "\"";
  }

  @Test
  void changesSinceAMomentAndTheOverviews() {
    as(Demo.REGISSEUR)
        .queryParam("sinds", "2000-01-01T00:00:00+01:00")
        .get("/wijzigingen")
        .then()
        .statusCode(200)
        .body("totaal", greaterThanOrEqualTo(14));
    assertProblem(as(Demo.REGISSEUR).queryParam("sinds", "gisteren").get("/wijzigingen"), 400);
    as(Demo.REGISSEUR).get("/overzichten").then().statusCode(200);
    assertProblem(
        as(Demo.REGISSEUR).accept("application/pdf").get("/overzichten/987654321/document"), 404);
  }

  /**
   * The IT server allows 300 requests per caller in ten minutes (pom.xml); raad.zeist is used by no
   * other test of the API.
   */
  @Test
  void beyondTheRateLimitTheAnswerIs429WithRetryAfter() {
    Response refused = null;
    for (int i = 0; i < 301 && refused == null; i++) {
      Response response = as("raad.zeist").get("/zienswijzen");
      if (response.statusCode() == 429) {
        refused = response;
      } else {
        assertEquals(200, response.statusCode(), response.asString());
      }
    }
    assertNotNull(refused, "refused after 300 requests");
    assertProblem(refused, 429);
    assertTrue(Long.parseLong(refused.header("Retry-After")) > 0);
    as(Demo.REGISSEUR).get("/zienswijzen").then().statusCode(200);
  }

  @Test
  void securityHeadersOnEveryAnswer() {
    Response response = as(Demo.REGISSEUR).get("/partijen");
    response
        .then()
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", containsString("no-store"))
        .header("Content-Security-Policy", containsString("frame-ancestors"));
  }
}
