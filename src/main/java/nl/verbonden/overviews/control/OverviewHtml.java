package nl.verbonden.overviews.control;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.verbonden.shared.control.DutchFormat;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The governance overview as one XHTML document with CSS for paper (page size, running headers,
 * page numbers, the data's SHA-256 in the footer, tables that repeat their header and do not split
 * rows): shown in the application and turned into the PDF. Rendered from the Thymeleaf template
 * {@code overview.xhtml} next to this class, in template mode XML: the output is well-formed XHTML,
 * as openhtmltopdf needs, and every text from the data is escaped by construction ({@code th:text}
 * and attribute values; no data in the style sheet). Plain Java (docs/decisions/0007).
 */
public final class OverviewHtml {

  /** What the cover and the footer say about this document. */
  public record Meta(
      String status,
      Integer version,
      String publishedOn,
      String dataSha256,
      String chartPngBase64) {}

  private static final String TEMPLATE = "overview";
  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final TemplateEngine ENGINE = engine();

  /**
   * Characters XML 1.0 does not allow anywhere, not even escaped (such as the control characters a
   * pasted text may hold): the template has none, so these come from the data, and are left out.
   */
  private static final Pattern NOT_XML =
      Pattern.compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

  private OverviewHtml() {}

  public static String render(OverviewData data, Meta meta) {
    Context context = new Context(DUTCH, Map.of("d", data, "meta", meta, "fmt", Formats.INSTANCE));
    return NOT_XML.matcher(ENGINE.process(TEMPLATE, context)).replaceAll("");
  }

  /**
   * The public list of a municipality's published versions (no login): a plain document with a
   * table of versions and links to each one's PDF, JSON and CSV, from the template {@code
   * public-list.xhtml}, escaped like the overview.
   */
  public static String renderPublicList(
      String municipality, String cbsCode, java.util.List<PublicVersion> versions) {
    Context context =
        new Context(
            DUTCH, Map.of("municipality", municipality, "code", cbsCode, "versions", versions));
    return NOT_XML.matcher(ENGINE.process("public-list", context)).replaceAll("");
  }

  /** A version in the public list: year, number, date of publication, fingerprints, file base. */
  public record PublicVersion(
      int year,
      int version,
      String publishedOn,
      String pdfSha256,
      String dataSha256,
      Integer replaces,
      String reason,
      String file) {}

  private static TemplateEngine engine() {
    ClassLoaderTemplateResolver resolver =
        new ClassLoaderTemplateResolver(OverviewHtml.class.getClassLoader());
    resolver.setPrefix(OverviewHtml.class.getPackageName().replace('.', '/') + "/");
    resolver.setSuffix(".xhtml");
    resolver.setTemplateMode(TemplateMode.XML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }

  /**
   * The values the template formats, as {@link DutchFormat} writes them everywhere; the overview
   * shows a dash for an amount it does not have.
   */
  public static final class Formats {

    static final Formats INSTANCE = new Formats();

    private Formats() {}

    /** An amount as € 1.234.567,89; a dash for none. */
    public String money(BigDecimal amount) {
      return amount == null ? "—" : DutchFormat.money(amount);
    }

    /** A year as its digits: 2026. */
    public String year(int year) {
      return DutchFormat.year(year);
    }
  }
}
