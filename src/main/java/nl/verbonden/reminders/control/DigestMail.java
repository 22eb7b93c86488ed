package nl.verbonden.reminders.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.verbonden.reminders.entity.DigestLine;
import nl.verbonden.reminders.entity.ReminderStage;
import nl.verbonden.shared.control.DutchFormat;
import nl.verbonden.shared.control.MessageBundle;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * A digest as mail: subject, plain text and HTML, in the person's language, with a link to every
 * item. Rendered from the Thymeleaf templates {@code digest.txt} and {@code digest.html} next to
 * this class; the HTML one escapes every text from the data by construction ({@code th:text}).
 * Plain Java.
 */
public final class DigestMail {

  /** Who the mail is for, as it greets them. */
  public record Recipient(String name, String municipality, String language, int horizonDays) {}

  /** The composed mail. */
  public record Composed(String subject, String text, String html) {}

  /** One line as the templates show it. */
  public record Line(
      String title, String note, String due, String stage, boolean late, String url) {}

  private static final TemplateEngine TEXT = engine(TemplateMode.TEXT, ".txt");
  private static final TemplateEngine HTML = engine(TemplateMode.HTML, ".html");

  private DigestMail() {}

  /**
   * @param baseUrl where Verbonden is reached, without a trailing slash ({@code
   *     https://verbonden.example.nl})
   */
  public static Composed compose(
      Recipient to, List<DigestLine> lines, LocalDate today, String baseUrl) {
    Locale locale = Locale.forLanguageTag(to.language());
    long late = lines.stream().filter(l -> l.stage() == ReminderStage.LATE).count();
    String subject =
        MessageBundle.text(
            locale,
            "reminder.mail.subject",
            lines.size(),
            to.horizonDays(),
            late,
            to.municipality());
    List<Line> shown =
        lines.stream()
            .map(
                l ->
                    new Line(
                        l.item().title(),
                        MessageBundle.text(
                            locale, l.item().noteKey(), l.item().noteArgs().toArray()),
                        DutchFormat.date(l.item().due()),
                        MessageBundle.text(locale, l.stage().messageKey()),
                        l.stage() == ReminderStage.LATE,
                        baseUrl + l.item().link()))
            .toList();
    Map<String, Object> model =
        Map.of(
            "to",
            to,
            "lines",
            shown,
            "today",
            DutchFormat.date(today),
            "subject",
            subject,
            "settings",
            baseUrl + "/mijn/herinneringen.xhtml",
            "m",
            new Texts(locale));
    return new Composed(
        subject,
        TEXT.process("digest", new Context(locale, model)),
        HTML.process("digest", new Context(locale, model)));
  }

  /** The message texts the templates use, in the person's language. */
  public static final class Texts {

    private final Locale locale;

    Texts(Locale locale) {
      this.locale = locale;
    }

    public String get(String key) {
      return MessageBundle.text(locale, key);
    }

    public String with(String key, Object argument) {
      return MessageBundle.text(locale, key, argument);
    }
  }

  private static TemplateEngine engine(TemplateMode mode, String suffix) {
    ClassLoaderTemplateResolver resolver =
        new ClassLoaderTemplateResolver(DigestMail.class.getClassLoader());
    resolver.setPrefix(DigestMail.class.getPackageName().replace('.', '/') + "/");
    resolver.setSuffix(suffix);
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
