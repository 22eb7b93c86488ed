package nl.verbonden.reminders.entity;

import java.io.Serializable;

/**
 * An item of a person's agenda within their horizon (or late), with its stage and whether it was
 * already mailed to them in that stage (then the next digest leaves it out).
 */
public record AgendaLine(AgendaItem item, ReminderStage stage, boolean mailed)
    implements Serializable {}
