package nl.verbonden.api.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes the text of an API token: a JSON Web Token signed with HMAC-SHA256 under the server's
 * secret ({@code verbonden.api.token.secret}, at least 32 bytes, the same on every server), which
 * Liberty's {@code mpJwt} checks on every request (server.xml, decision 0030). The subject names
 * the token ({@code token-42}); the group is the regisseur's role, so that the services' role
 * checks apply unchanged; the token's scope is the application's to enforce ({@code ApiGate}).
 */
@ApplicationScoped
public class TokenSigner {

  /** The issuer and audience in server.xml's {@code mpJwt} element (ServerConfigurationTest). */
  public static final String ISSUER = "verbonden-api-tokens";

  public static final String AUDIENCE = "verbonden-api";
  public static final String SUBJECT_PREFIX = "token-";
  public static final int MIN_SECRET_BYTES = 32;

  @Inject
  @ConfigProperty(name = "verbonden.api.token.secret", defaultValue = "")
  String secret;

  /** For CDI. */
  protected TokenSigner() {}

  /** With an explicit secret (tests). */
  public TokenSigner(String secret) {
    this.secret = secret;
  }

  /** Whether this server can make tokens: its secret is set and long enough. */
  public boolean isConfigured() {
    return secret != null && secret.getBytes(StandardCharsets.UTF_8).length >= MIN_SECRET_BYTES;
  }

  /**
   * The text of token {@code id}, valid until {@code expiresAt}.
   *
   * @throws IllegalStateException when the server has no usable secret
   */
  public String sign(long id, String role, Instant issuedAt, Instant expiresAt) {
    if (!isConfigured()) {
      throw new IllegalStateException("verbonden.api.token.secret is not set (32 bytes or more)");
    }
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .audience(AUDIENCE)
            .subject(SUBJECT_PREFIX + id)
            .claim("upn", SUBJECT_PREFIX + id)
            .claim("groups", List.of(role))
            .issueTime(Date.from(issuedAt))
            .expirationTime(Date.from(expiresAt))
            .jwtID(UUID.randomUUID().toString())
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
    try {
      jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (JOSEException e) {
      throw new IllegalStateException("Could not sign the API token", e);
    }
    return jwt.serialize();
  }

  /** The token id a subject names ({@code token-42} is 42), or null when it names none. */
  public static Long idOf(String subject) {
    if (subject == null || !subject.startsWith(SUBJECT_PREFIX)) {
      return null;
    }
    String digits = subject.substring(SUBJECT_PREFIX.length());
    if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
      return null;
    }
    return Long.valueOf(digits);
  }

  /** The SHA-256 of a token's text, in hex: what the database keeps. */
  public static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
