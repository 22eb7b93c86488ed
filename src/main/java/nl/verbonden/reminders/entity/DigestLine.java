package nl.verbonden.reminders.entity;

import java.io.Serializable;

/** An item in a digest, with the stage it is mailed for. */
public record DigestLine(AgendaItem item, ReminderStage stage) implements Serializable {}
