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
 * fingerprints. The PDF is tagged for accessibility (PDF/UA-1: structure tree, document language
 * from {@code <html lang="nl">}, title from {@code <title>}, bookmarks of the chapters from the
 * template's {@code <bookmarks>}, table headers) and archivable (PDF/A-3a, with the sRGB colour
 * profile and every font embedded); {@code OverviewPdfStandardsTest} validates both with veraPDF.
 */
public final class OverviewPdf {

  /** The colour profile PDF/A asks for, from the Java runtime. */
  private static final byte[] SRGB =
      java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB).getData();

  private OverviewPdf() {}

  public static byte[] render(String xhtml) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePdfUaAccessibility(true);
      builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
      builder.useColorProfile(SRGB);
      builder.withProducer("Verbonden");
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
      return describeLinks(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Gives every link (the table of contents) the description PDF/UA asks for ("Ga naar pagina 3"),
   * which openhtmltopdf leaves out for links within the document.
   */
  private static byte[] describeLinks(byte[] pdf) throws IOException {
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf);
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length)) {
      boolean changed = false;
      for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
        for (org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation annotation :
            page.getAnnotations()) {
          if (annotation
                  instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
              && link.getContents() == null) {
            link.setContents(description(link));
            changed = true;
          }
        }
      }
      if (!changed) {
        return pdf;
      }
      document.save(out);
      return out.toByteArray();
    }
  }

  private static String description(
      org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link) throws IOException {
    Object destination = link.getDestination();
    if (destination == null
        && link.getAction()
            instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo goTo) {
      destination = goTo.getDestination();
    }
    if (destination
        instanceof
        org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination
            page) {
      int number = page.retrievePageNumber();
      if (number >= 0) {
        return "Ga naar pagina " + (number + 1);
      }
    }
    return "Koppeling binnen het overzicht";
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
