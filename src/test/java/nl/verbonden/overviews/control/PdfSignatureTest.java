package nl.verbonden.overviews.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import nl.verbonden.shared.control.ApplicationClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published overview's signature: made with PDFBox, verified with PDFBox and Bouncy Castle,
 * refused after one changed byte, after anything appended, and absent from an unsigned file.
 */
class PdfSignatureTest {

  private static PdfSignature.Signer signer;
  private static byte[] pdf;
  private static byte[] signed;
  private static Instant now;

  static synchronized PdfSignature.Signer signer() {
    if (signer == null) {
      char[] password = "test".toCharArray();
      try {
        Path file = Files.createTempFile("signing", ".p12");
        try (var out = Files.newOutputStream(file)) {
          SigningKeyStore.generate(
                  "CN=Gemeente Woudenberg (test), O=Verbonden, C=NL",
                  ApplicationClock.fromSystem().instant(),
                  password)
              .store(out, password);
        }
        signer = SigningKeyStore.load(file, password, null);
        Files.delete(file);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return signer;
  }

  @BeforeAll
  static void sign() {
    now = ApplicationClock.fromSystem().instant();
    pdf =
        OverviewPdf.render(
            OverviewHtml.render(
                OverviewDocumentTest.data(2),
                new OverviewHtml.Meta(
                    "gepubliceerd", 1, "23-11-2026 14:00", "b".repeat(64), null)));
    signed =
        PdfSignature.sign(pdf, signer(), now, "Gemeente Woudenberg", "Publicatie", "Woudenberg");
  }

  @Test
  void theSignedOverviewVerifiesWithItsSignerAndTime() {
    PdfSignature.Verification check = PdfSignature.verify(signed);
    assertTrue(check.signed());
    assertTrue(check.valid());
    assertTrue(check.signer().contains("CN=Gemeente Woudenberg (test)"), check.signer());
    assertEquals(now.getEpochSecond(), check.signedAt().getEpochSecond());
    assertEquals(64, check.certificateSha256().length());
  }

  @Test
  void oneChangedByteIsRefused() {
    for (int at : new int[] {signed.length / 3, signed.length / 2, 200, signed.length - 50}) {
      byte[] changed = signed.clone();
      changed[at] = (byte) (changed[at] ^ 0x01);
      assertFalse(PdfSignature.verify(changed).valid(), "changed byte at " + at);
    }
  }

  @Test
  void somethingAppendedAfterSigningIsRefused() {
    byte[] longer = java.util.Arrays.copyOf(signed, signed.length + 10);
    assertFalse(PdfSignature.verify(longer).valid());
  }

  @Test
  void anUnsignedPdfIsSaidToBeUnsigned() {
    PdfSignature.Verification check = PdfSignature.verify(pdf);
    assertFalse(check.signed());
    assertFalse(check.valid());
  }

  @Test
  void theSelfSignedKeyIsGeneratedOnceAndKept(@TempDir Path directory) {
    PdfSignature.Signer first = SigningKeyStore.selfSigned(directory, "CN=Demo", now);
    PdfSignature.Signer second = SigningKeyStore.selfSigned(directory, "CN=Other", now);
    assertEquals(first.certificate(), second.certificate());
    assertTrue(Files.isRegularFile(directory.resolve("overview-signing.p12")));
  }
}
