package nl.verbonden.cycle.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import nl.verbonden.cycle.entity.Deadline;
import nl.verbonden.cycle.entity.ZienswijzeStatus;
import nl.verbonden.cycle.entity.ZienswijzeSubject;

/**
 * A zienswijze in a list: what it is about, where it stands and its deadline.
 *
 * @param late open, and its deadline has passed without the zienswijze having been sent
 */
public record ZienswijzeRow(
    Long id,
    Long partyId,
    String partyName,
    ZienswijzeSubject subject,
    String title,
    LocalDate receivedOn,
    ZienswijzeStatus status,
    boolean closed,
    boolean late,
    Deadline deadline)
    implements Serializable {}
