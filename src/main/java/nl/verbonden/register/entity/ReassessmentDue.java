package nl.verbonden.register.entity;

import java.io.Serializable;
import java.time.LocalDate;

/** A party whose risk assessment is to be redone by a day. */
public record ReassessmentDue(Long id, String name, LocalDate reassessBy) implements Serializable {}
