package nl.verbonden.register.entity;

/** How free text is stored: stripped, and empty as null. */
final class Texts {

  private Texts() {}

  static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
