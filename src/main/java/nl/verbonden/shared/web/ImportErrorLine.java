package nl.verbonden.shared.web;

import java.io.Serializable;
import nl.verbonden.shared.entity.ImportError;

/**
 * One error of a refused import as the error tables show it: the row (empty for the whole file),
 * the column and the reason in the page's language.
 */
public record ImportErrorLine(String row, String column, String reason) implements Serializable {

  public static ImportErrorLine of(ImportError error) {
    return new ImportErrorLine(
        error.row() == ImportError.WHOLE_FILE ? "" : String.valueOf(error.row()),
        error.column(),
        Messages.text(error.messageKey(), error.argumentArray()));
  }
}
