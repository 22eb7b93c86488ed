package nl.verbonden.positioning.control;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The positioning advice as one XHTML document with CSS for paper, in the structure of the report
 * (seed 002): inleiding en vraagstelling, uitgangspunten, afweging, advies, rolverdeling, planning,
 * and the steering models as an appendix. Rendered like the governance overview
 * (docs/decisions/0007): the Thymeleaf template {@code advice.xhtml} next to this class in template
 * mode XML, data only through {@code th:text} and attributes; the PDF is made by the overview's
 * {@code OverviewPdf} through its render slots.
 */
public final class AdviceHtml {

  /** What the cover and the footer say about this document. */
  public record Meta(String status, Integer version, String publishedOn, String dataSha256) {}

  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final TemplateEngine ENGINE = engine();
  private static final Pattern NOT_XML =
      Pattern.compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

  private AdviceHtml() {}

  public static String render(AdviceData data, Meta meta) {
    Context context = new Context(DUTCH, Map.of("d", data, "meta", meta));
    return NOT_XML.matcher(ENGINE.process("advice", context)).replaceAll("");
  }

  private static TemplateEngine engine() {
    ClassLoaderTemplateResolver resolver =
        new ClassLoaderTemplateResolver(AdviceHtml.class.getClassLoader());
    resolver.setPrefix(AdviceHtml.class.getPackageName().replace('.', '/') + "/");
    resolver.setSuffix(".xhtml");
    resolver.setTemplateMode(TemplateMode.XML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
