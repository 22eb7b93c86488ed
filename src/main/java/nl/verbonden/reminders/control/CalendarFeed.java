package nl.verbonden.reminders.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import nl.verbonden.reminders.entity.AgendaItem;
import nl.verbonden.shared.control.MessageBundle;

/**
 * A person's agenda as an iCalendar document (RFC 5545) that Outlook and other calendars subscribe
 * to: every item an all-day event on its day, with a stable UID (so that a moved date moves the
 * event instead of adding one), its kind as category, and a link into Verbonden. Plain Java, with
 * ical4j.
 */
public final class CalendarFeed {

  /** The host part of every event's UID. */
  static final String UID_DOMAIN = "@verbonden";

  private CalendarFeed() {}

  /**
   * @param baseUrl where Verbonden is reached, without a trailing slash
   */
  public static String ics(
      List<AgendaItem> items, String calendarName, String language, String baseUrl, Instant now) {
    Locale locale = Locale.forLanguageTag(language);
    Calendar calendar =
        new Calendar()
            .withProdId("-//Verbonden//Agenda//NL")
            .withDefaults()
            .withProperty(new XProperty("X-WR-CALNAME", calendarName))
            .getFluentTarget();
    for (AgendaItem item : items) {
      calendar.add(event(item, locale, baseUrl, now));
    }
    return calendar.toString();
  }

  private static VEvent event(AgendaItem item, Locale locale, String baseUrl, Instant now) {
    LocalDate day = item.due();
    String kind = MessageBundle.text(locale, item.kind().messageKey());
    String note = MessageBundle.text(locale, item.noteKey(), item.noteArgs().toArray());
    VEvent event = new VEvent(day, kind + ": " + item.title());
    event.add(new Uid(item.key() + UID_DOMAIN));
    event.add(new DtStamp(now));
    event.add(new Description(note));
    event.add(new Categories(kind));
    event.add(new Url(java.net.URI.create(baseUrl + item.link())));
    return event;
  }
}
