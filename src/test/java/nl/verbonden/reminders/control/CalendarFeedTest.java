package nl.verbonden.reminders.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.verbonden.reminders.entity.AgendaItem;
import nl.verbonden.reminders.entity.AgendaKind;
import org.junit.jupiter.api.Test;

/** The calendar feed, read back with ical4j as a calendar program reads it. */
class CalendarFeedTest {

  @Test
  void everyItemIsAnAllDayEventWithAStableUidAndALink() throws Exception {
    String ics =
        CalendarFeed.ics(
            List.of(
                new AgendaItem(
                    "wgr:12:ONTWERPBEGROTING_NAAR_RADEN:2027-04-15",
                    AgendaKind.WGR_DEADLINE,
                    "GGD regio Utrecht",
                    "wgrRule.ONTWERPBEGROTING_NAAR_RADEN",
                    List.of(),
                    LocalDate.of(2027, 4, 15),
                    "/jaar/regeling.xhtml?partij=12&jaar=2027"),
                new AgendaItem(
                    "measurement:3:2026-Q4",
                    AgendaKind.MEASUREMENT,
                    "DVO Jeugd, met ; komma, en \\ teken",
                    "agenda.measurement",
                    List.of("Wachttijd", "2026-Q4"),
                    LocalDate.of(2027, 1, 30),
                    "/dvo/agreement.xhtml?id=3")),
            "Verbonden · Anna · Woudenberg",
            "nl",
            "https://verbonden.example.nl",
            Instant.parse("2026-11-29T10:00:00Z"));

    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertEquals(2, events.size());
    VEvent wgr = events.get(0);
    assertEquals(
        "wgr:12:ONTWERPBEGROTING_NAAR_RADEN:2027-04-15@verbonden",
        wgr.getProperty(Property.UID).orElseThrow().getValue());
    assertEquals("20270415", wgr.getProperty(Property.DTSTART).orElseThrow().getValue());
    assertTrue(
        wgr.getProperty(Property.SUMMARY)
            .orElseThrow()
            .getValue()
            .startsWith("Wgr-termijn: GGD regio Utrecht"));
    assertEquals(
        "https://verbonden.example.nl/jaar/regeling.xhtml?partij=12&jaar=2027",
        wgr.getProperty(Property.URL).orElseThrow().getValue());
    VEvent measurement = events.get(1);
    assertEquals(
        "Meting: DVO Jeugd, met ; komma, en \\ teken",
        measurement.getProperty(Property.SUMMARY).orElseThrow().getValue(),
        "special characters survive the round trip");
    assertEquals(
        "waarde van indicator Wachttijd over 2026-Q4",
        measurement.getProperty(Property.DESCRIPTION).orElseThrow().getValue());
  }
}
