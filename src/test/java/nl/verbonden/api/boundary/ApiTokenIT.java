package nl.verbonden.api.boundary;

import static nl.verbonden.testsupport.Demo.WOUDENBERG;
import static nl.verbonden.testsupport.Demo.ZEIST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.verbonden.agreements.boundary.AgreementService;
import nl.verbonden.api.boundary.ApiTokenService.Issued;
import nl.verbonden.api.boundary.ApiTokenService.Listing;
import nl.verbonden.api.control.TokenSigner;
import nl.verbonden.api.entity.TokenScope;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.NotFoundException;
import nl.verbonden.testsupport.Demo;
import nl.verbonden.testsupport.InContainer;
import org.junit.jupiter.api.Test;

/**
 * API tokens over HTTP, as a machine uses them (issue 20, decision 0030): a reading token reads its
 * municipality and nothing else and writes nothing; a delivering token reaches its agreements only;
 * a revoked, expired, forged or altered token is refused at once with 401; each use is logged; the
 * rate limit counts per token. And who may make and revoke which tokens.
 */
class ApiTokenIT extends InContainer {

  @Inject private ApiTokenService tokens;
  @Inject private AgreementService agreements;
  @Inject private TokenSigner signer;
  @Inject private HttpServletRequest request;

  private HttpResponse<String> call(String method, String path, String token, String body)
      throws Exception {
    URI uri = URI.create("http://localhost:" + request.getLocalPort() + "/api/v1" + path);
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri)
            .header("Accept", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    if (body != null) {
      builder
          .header("Content-Type", "application/json")
          .header("Idempotency-Key", UUID.randomUUID().toString());
    }
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .send(builder.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path, String token) throws Exception {
    return call("GET", path, token, null);
  }

  private static LocalDate inAMonth() {
    return LocalDate.now().plusDays(30);
  }

  private Issued issue(String name, TokenScope scope, Set<Long> agreementIds) {
    as.login(Demo.REGISSEUR);
    Issued issued = tokens.issue(null, name, scope, agreementIds, inAMonth());
    as.logout();
    return issued;
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        response.headers().toString());
    assertTrue(response.body().contains("\"detail\""), response.body());
  }

  @Test
  void aReadingTokenReadsItsMunicipalityOnlyWritesNothingAndEveryUseIsLogged() throws Exception {
    Issued issued = issue("Publicatie " + UUID.randomUUID(), TokenScope.LEZEN, null);
    assertTrue(issued.text().split("\\.").length == 3, "a JSON Web Token");

    HttpResponse<String> parties = get("/partijen?zoek=GGD", issued.text());
    assertEquals(200, parties.statusCode(), parties.body());
    assertTrue(parties.body().contains("GGD regio Utrecht"), parties.body());
    assertEquals(
        nl.verbonden.api.web.ApiVersion.FULL,
        parties.headers().firstValue("API-Version").orElse(""));

    Long zeistParty = data.partyId(ZEIST, Demo.ZEIST_ONLY);
    assertProblem(get("/partijen/" + zeistParty, issued.text()), 404);
    Long ggd = data.partyId(WOUDENBERG, "GGD regio Utrecht");
    assertProblem(
        call("PATCH", "/partijen/" + ggd, issued.text(), "{\"vestigingsplaats\":\"Elders\"}"), 403);

    as.login(Demo.REGISSEUR);
    List<ApiTokenService.Use> uses = tokens.uses(issued.token().id());
    assertEquals(List.of(403, 404, 200), uses.stream().map(ApiTokenService.Use::status).toList());
    assertEquals("PATCH", uses.get(0).method());
    assertTrue(uses.get(2).path().startsWith("/api/v1/partijen"), uses.get(2).path());
    Listing listed =
        tokens.tokens().stream()
            .filter(t -> t.id().equals(issued.token().id()))
            .findFirst()
            .orElseThrow();
    assertNotNull(listed.lastUsedAt());
    assertEquals("active", listed.status());
  }

  @Test
  void aDeliveringTokenReachesItsOwnAgreementsOnly() throws Exception {
    as.login(Demo.REGISSEUR);
    List<Long> ids = agreements.list().stream().map(a -> a.getId()).toList();
    as.logout();
    Long own = ids.get(0);
    Long other = ids.get(1);
    Issued issued = issue("GGD aanlevering", TokenScope.METINGEN_AANLEVEREN, Set.of(own));

    assertEquals(200, get("/overeenkomsten/" + own, issued.text()).statusCode());
    assertEquals(200, get("/overeenkomsten/" + own + "/indicatoren", issued.text()).statusCode());
    HttpResponse<String> delivered =
        call("POST", "/overeenkomsten/" + own + "/metingen", issued.text(), "{\"metingen\":[]}");
    assertFalse(
        delivered.statusCode() == 401 || delivered.statusCode() == 403,
        "past the gate: " + delivered.statusCode() + " " + delivered.body());
    assertProblem(get("/overeenkomsten/" + other, issued.text()), 403);
    assertProblem(
        call("POST", "/overeenkomsten/" + other + "/metingen", issued.text(), "{\"metingen\":[]}"),
        403);
    assertProblem(get("/partijen", issued.text()), 403);
  }

  @Test
  void aRevokedExpiredForgedOrAlteredTokenIsRefusedAtOnce() throws Exception {
    Issued issued = issue("Intrekproef", TokenScope.LEZEN, null);
    assertEquals(200, get("/zienswijzen", issued.text()).statusCode());

    as.login(Demo.REGISSEUR);
    Listing revoked = tokens.revoke(issued.token().id());
    assertEquals("revoked", revoked.status());
    assertThrows(DomainException.class, () -> tokens.revoke(issued.token().id()));
    as.logout();
    HttpResponse<String> refused = get("/zienswijzen", issued.text());
    assertProblem(refused, 401);
    assertTrue(
        refused.headers().firstValue("WWW-Authenticate").orElse("").contains("invalid_token"),
        refused.headers().toString());

    Issued live = issue("Vervalsproef", TokenScope.LEZEN, null);
    Long id = live.token().id();
    Instant now = Instant.now();
    // signed by this server, but a text that was never issued (another jti): not the stored one
    String altered = signer.sign(id, "regisseur", now, now.plusSeconds(3600));
    assertProblem(get("/zienswijzen", altered), 401);
    // past its last moment
    String expired = signer.sign(id, "regisseur", now.minusSeconds(7200), now.minusSeconds(3600));
    assertProblem(get("/zienswijzen", expired), 401);
    // signed with another secret
    String forged =
        new TokenSigner("an-attackers-secret-of-32-bytes-or-more")
            .sign(id, "regisseur", now, now.plusSeconds(3600));
    assertProblem(get("/zienswijzen", forged), 401);
    assertProblem(get("/zienswijzen", "not-a-token"), 401);
    assertEquals(200, get("/zienswijzen", live.text()).statusCode(), "the real one still works");
  }

  /** The IT server allows 300 requests per caller in ten minutes (pom.xml): per token. */
  @Test
  void theRateLimitCountsPerToken() throws Exception {
    Issued busy = issue("Druk", TokenScope.LEZEN, null);
    Issued calm = issue("Rustig", TokenScope.LEZEN, null);
    HttpResponse<String> refused = null;
    for (int i = 0; i < 301 && refused == null; i++) {
      HttpResponse<String> response = get("/openapi.json", busy.text());
      if (response.statusCode() == 429) {
        refused = response;
      }
    }
    assertNotNull(refused, "refused after 300 requests");
    assertProblem(refused, 429);
    assertTrue(refused.headers().firstValue("Retry-After").isPresent());
    assertEquals(200, get("/zienswijzen", calm.text()).statusCode());
  }

  @Test
  void aRegisseurManagesTheirMunicipalitysTokensOnly() {
    Issued woudenberg = issue("Alleen Woudenberg", TokenScope.LEZEN, null);
    as.login("regisseur.zeist");
    assertTrue(
        tokens.tokens().stream().noneMatch(t -> t.id().equals(woudenberg.token().id())),
        "not in another municipality's list");
    assertThrows(NotFoundException.class, () -> tokens.revoke(woudenberg.token().id()));
    assertThrows(NotFoundException.class, () -> tokens.uses(woudenberg.token().id()));
    // a regisseur's token is always their own municipality's, whatever was asked
    Issued own = tokens.issue(WOUDENBERG, "Zeist", TokenScope.LEZEN, null, inAMonth());
    assertEquals(ZEIST, own.token().tenantCode());
    // agreements of another municipality cannot be named
    as.logout();
    as.login(Demo.REGISSEUR);
    Long woudenbergAgreement = agreements.list().get(0).getId();
    as.logout();
    as.login("regisseur.zeist");
    DomainException unknown =
        assertThrows(
            DomainException.class,
            () ->
                tokens.issue(
                    null,
                    "Vreemd",
                    TokenScope.METINGEN_AANLEVEREN,
                    Set.of(woudenbergAgreement),
                    inAMonth()));
    assertEquals("overeenkomsten", unknown.field());
    DomainException nameless =
        assertThrows(
            DomainException.class,
            () -> tokens.issue(null, " ", TokenScope.LEZEN, null, inAMonth()));
    assertEquals("naam", nameless.field());
  }

  @Test
  void theBeheerderSeesAllMakesReadingTokensAndACouncilMemberNone() {
    Issued woudenberg = issue("Beheerproef", TokenScope.LEZEN, null);
    as.login("beheer");
    assertTrue(tokens.tokens().stream().anyMatch(t -> t.id().equals(woudenberg.token().id())));
    Issued zeist = tokens.issue(ZEIST, "Zeist lezen", TokenScope.LEZEN, null, inAMonth());
    assertEquals(ZEIST, zeist.token().tenantCode());
    DomainException delivering =
        assertThrows(
            DomainException.class,
            () ->
                tokens.issue(
                    ZEIST,
                    "Zeist leveren",
                    TokenScope.METINGEN_AANLEVEREN,
                    Set.of(1L),
                    inAMonth()));
    assertEquals("bevoegdheid", delivering.field());
    assertEquals("revoked", tokens.revoke(woudenberg.token().id()).status());
    as.logout();
    as.login("raad.woudenberg");
    assertThrows(EJBAccessException.class, () -> tokens.tokens());
    assertThrows(
        EJBAccessException.class,
        () -> tokens.issue(null, "Raad", TokenScope.LEZEN, null, inAMonth()));
  }
}
