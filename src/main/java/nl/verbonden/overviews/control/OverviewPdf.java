package nl.verbonden.overviews.control;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Turns the overview's XHTML into a PDF (openhtmltopdf on PDFBox), and computes SHA-256
 * fingerprints.
 */
public final class OverviewPdf {

  private OverviewPdf() {}

  public static byte[] render(String xhtml) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      // DejaVu Sans has every character the overview prints (€, é, ↔); without it the PDF falls
      // back to Helvetica
      java.io.File dejaVu = new java.io.File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
      java.io.File dejaVuBold =
          new java.io.File("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");
      if (dejaVu.isFile()) {
        builder.useFont(dejaVu, "DejaVu Sans");
      }
      if (dejaVuBold.isFile()) {
        builder.useFont(
            dejaVuBold,
            "DejaVu Sans",
            700,
            com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL,
            true);
      }
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }
}
