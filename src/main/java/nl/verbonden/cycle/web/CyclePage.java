package nl.verbonden.cycle.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import nl.verbonden.cycle.boundary.ArrangementCalendar;
import nl.verbonden.cycle.boundary.CycleService;
import nl.verbonden.cycle.boundary.ZienswijzeRow;
import nl.verbonden.cycle.boundary.ZienswijzeService;
import nl.verbonden.cycle.entity.CouncilMeeting;
import nl.verbonden.cycle.entity.Deadline;
import nl.verbonden.shared.control.DutchFormat;
import nl.verbonden.shared.web.Messages;

/**
 * Jaarcyclus: the year's Wgr deadlines of every joint arrangement in date order, the zienswijzen of
 * the year and the ones still open, and the council's meetings.
 */
@Named
@ViewScoped
public class CyclePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Clock clock;
  @Inject private CycleService cycle;
  @Inject private ZienswijzeService zienswijzen;

  private Integer year;
  private List<ArrangementCalendar> arrangements;
  private List<CalendarLine> lines;
  private List<ZienswijzeRow> dossiers;
  private List<CouncilMeeting> meetings;
  private LocalDate newMeeting;
  private String newMeetingNote;

  public void load() {
    LocalDate today = LocalDate.now(clock);
    if (year == null) {
      year = today.getYear();
    }
    arrangements = cycle.calendar(year);
    lines =
        arrangements.stream()
            .flatMap(
                a ->
                    a.deadlines().stream()
                        .map(
                            d ->
                                new CalendarLine(
                                    a.partyId(), a.partyName(), d, statusKey(d, today))))
            .sorted(
                Comparator.comparing(
                    (CalendarLine l) -> l.deadline().due(),
                    Comparator.nullsLast(Comparator.naturalOrder())))
            .toList();
    dossiers = zienswijzen.ofYear(year);
    meetings = cycle.councilMeetings(year);
  }

  /** The bundle key of a deadline's status on the application's day. */
  static String statusKey(Deadline d, LocalDate today) {
    return "deadline.status." + d.status(today).name();
  }

  public void addMeeting() {
    cycle.addCouncilMeeting(newMeeting, newMeetingNote);
    Messages.info("cycle.council.added", DutchFormat.date(newMeeting));
    newMeeting = null;
    newMeetingNote = null;
    load();
  }

  public void removeMeeting(CouncilMeeting meeting) {
    cycle.removeCouncilMeeting(meeting.getId());
    Messages.info("cycle.council.removed", DutchFormat.date(meeting.getDate()));
    load();
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public List<ArrangementCalendar> getArrangements() {
    return arrangements;
  }

  public List<CalendarLine> getLines() {
    return lines;
  }

  public List<ZienswijzeRow> getDossiers() {
    return dossiers;
  }

  public List<CouncilMeeting> getMeetings() {
    return meetings;
  }

  public LocalDate getNewMeeting() {
    return newMeeting;
  }

  public void setNewMeeting(LocalDate newMeeting) {
    this.newMeeting = newMeeting;
  }

  public String getNewMeetingNote() {
    return newMeetingNote;
  }

  public void setNewMeetingNote(String newMeetingNote) {
    this.newMeetingNote = newMeetingNote;
  }
}
