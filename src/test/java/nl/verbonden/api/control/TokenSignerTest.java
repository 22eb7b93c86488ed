package nl.verbonden.api.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text of an API token: a JWT that Liberty's mpJwt accepts under the same secret. */
class TokenSignerTest {

  private static final String SECRET = "a-secret-of-at-least-thirty-two-bytes-long";

  @Test
  void theTokenNamesItselfTheRoleAndItsLastMomentSignedWithTheSecret() throws Exception {
    Instant now = Instant.parse("2026-11-29T10:00:00Z");
    Instant until = Instant.parse("2027-02-28T23:00:00Z");
    String text = new TokenSigner(SECRET).sign(42, "regisseur", now, until);
    SignedJWT jwt = SignedJWT.parse(text);
    assertEquals(JWSAlgorithm.HS256, jwt.getHeader().getAlgorithm());
    assertTrue(jwt.verify(new MACVerifier(SECRET.getBytes(StandardCharsets.UTF_8))));
    assertFalse(
        jwt.verify(
            new MACVerifier(
                "another-secret-of-at-least-32-bytes!!".getBytes(StandardCharsets.UTF_8))));
    var claims = jwt.getJWTClaimsSet();
    assertEquals(TokenSigner.ISSUER, claims.getIssuer());
    assertEquals(List.of(TokenSigner.AUDIENCE), claims.getAudience());
    assertEquals("token-42", claims.getSubject());
    assertEquals(List.of("regisseur"), claims.getStringListClaim("groups"));
    assertEquals(until, claims.getExpirationTime().toInstant());
    assertEquals(42L, TokenSigner.idOf(claims.getSubject()));
    assertFalse(
        text.equals(new TokenSigner(SECRET).sign(42, "regisseur", now, until)),
        "every text is new (jti)");
  }

  @Test
  void withoutALongEnoughSecretThereAreNoTokens() {
    assertFalse(new TokenSigner("").isConfigured());
    assertFalse(new TokenSigner("short").isConfigured());
    assertThrows(
        IllegalStateException.class,
        () -> new TokenSigner("short").sign(1, "regisseur", Instant.now(), Instant.now()));
  }

  @Test
  void onlyTokenSubjectsNameATokenId() {
    assertNull(TokenSigner.idOf("regisseur.woudenberg"));
    assertNull(TokenSigner.idOf("token-"));
    assertNull(TokenSigner.idOf("token-4x"));
    assertNull(TokenSigner.idOf("token-1234567890123456789"));
    assertNull(TokenSigner.idOf(null));
    assertEquals(64, TokenSigner.sha256("abc").length());
  }
}
