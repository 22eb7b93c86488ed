package nl.verbonden.shared.control;

import java.io.Serializable;

/**
 * One thing found by the search, as the results page shows it: its kind (the provider's {@link
 * SearchProvider#kind()}), its title, a line of detail, a note in the reader's language, and the
 * page that shows it (a Faces outcome and the value of its parameter). Plain values: the page keeps
 * them in its view.
 *
 * @param kind the kind of thing, e.g. {@code party}
 * @param title what the thing is called
 * @param detail data that tell it apart (e.g. "KvK 41091234 · Utrecht"), or {@code null}
 * @param noteKey a message key shown before {@code note} (e.g. {@code search.formerName}), or
 *     {@code null}
 * @param note the text after the note's label (e.g. the former name), or {@code null}
 * @param outcome the page that shows it, e.g. {@code /register/party}
 * @param param the name of that page's parameter, e.g. {@code id}
 * @param value the parameter's value
 */
public record SearchHit(
    String kind,
    String title,
    String detail,
    String noteKey,
    String note,
    String outcome,
    String param,
    Long value)
    implements Serializable {

  /** A hit without a note. */
  public static SearchHit of(
      String kind, String title, String detail, String outcome, String param, Long value) {
    return new SearchHit(kind, title, detail, null, null, outcome, param, value);
  }

  /** Joins the non-empty parts with " · ", or {@code null} when all are empty. */
  public static String details(String... parts) {
    StringBuilder line = new StringBuilder();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        if (!line.isEmpty()) {
          line.append(" · ");
        }
        line.append(part);
      }
    }
    return line.isEmpty() ? null : line.toString();
  }
}
