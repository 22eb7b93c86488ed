package nl.verbonden.positioning.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** A step of a question's planning whose day has passed and that is not done. */
public record OverdueMilestone(Long questionId, String task, String what, LocalDate due)
    implements Serializable {}
