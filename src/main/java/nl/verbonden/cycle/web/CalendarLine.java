package nl.verbonden.cycle.web;

import java.io.Serializable;
import nl.verbonden.cycle.entity.Deadline;

/** One deadline of one arrangement, as a line of the year's calendar. */
public record CalendarLine(Long partyId, String partyName, Deadline deadline, String statusKey)
    implements Serializable {}
