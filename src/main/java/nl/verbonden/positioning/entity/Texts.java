package nl.verbonden.positioning.entity;

import nl.verbonden.shared.entity.DomainException;

/** Reads a text field of the positioning forms: stripped, empty as null, refused when too long. */
final class Texts {

  private Texts() {}

  static String optional(String text, int max, String field) {
    String cleaned = text == null || text.isBlank() ? null : text.strip();
    if (cleaned != null && cleaned.length() > max) {
      throw new DomainException("validation.tooLong", field, max);
    }
    return cleaned;
  }

  static String required(String text, int max, String field) {
    String cleaned = optional(text, max, field);
    if (cleaned == null) {
      throw new DomainException("validation.required", field);
    }
    return cleaned;
  }
}
