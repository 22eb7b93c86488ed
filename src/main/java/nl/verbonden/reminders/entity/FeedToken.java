package nl.verbonden.reminders.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret in a calendar feed's address: 256 random bits, written URL-safe (43 characters). Only
 * its SHA-256 is stored, so that the database cannot give the address away; the person sees the
 * secret once, when it is made.
 */
public final class FeedToken {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");

  private FeedToken() {}

  /** A new secret. */
  public static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether a text can be a secret at all (checked before it is hashed and looked up). */
  public static boolean wellFormed(String token) {
    return token != null && FORM.matcher(token).matches();
  }

  /** What is stored of a secret: its SHA-256, in hexadecimal. */
  public static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
