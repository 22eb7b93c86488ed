package nl.verbonden.shared.entity;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One thing wrong in an imported file: where (the row as a spreadsheet numbers it, the header being
 * row 1, or 0 for the file as a whole; and the column name, or null for the whole row) and why, as
 * a message key of the bundle {@code nl.verbonden.i18n.messages} with its arguments, so that the
 * page shows it in the user's language.
 */
public record ImportError(int row, String column, String messageKey, List<Object> arguments)
    implements Serializable {

  /** The row number of errors that concern the file as a whole. */
  public static final int WHOLE_FILE = 0;

  public ImportError {
    Objects.requireNonNull(messageKey);
    arguments = List.copyOf(arguments);
  }

  public static ImportError of(int row, String column, String messageKey, Object... arguments) {
    return new ImportError(row, column, messageKey, Arrays.asList(arguments));
  }

  /** The arguments as the message format wants them. */
  public Object[] argumentArray() {
    return arguments.toArray();
  }
}
