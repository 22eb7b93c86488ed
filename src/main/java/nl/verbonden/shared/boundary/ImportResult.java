package nl.verbonden.shared.boundary;

import java.io.Serializable;
import java.util.List;
import nl.verbonden.shared.entity.ImportError;

/**
 * What an all-or-nothing import did: either it imported every row ({@code imported} rows, no
 * errors), or it found errors and imported nothing.
 */
public record ImportResult(int imported, List<ImportError> errors) implements Serializable {

  public ImportResult {
    errors = List.copyOf(errors);
    if (imported > 0 && !errors.isEmpty()) {
      throw new IllegalArgumentException("An import with errors imports nothing");
    }
  }

  public static ImportResult imported(int count) {
    return new ImportResult(count, List.of());
  }

  public static ImportResult refused(List<ImportError> errors) {
    return new ImportResult(0, errors);
  }

  public boolean succeeded() {
    return errors.isEmpty();
  }
}
