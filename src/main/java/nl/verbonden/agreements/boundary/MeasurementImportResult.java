package nl.verbonden.agreements.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import nl.verbonden.shared.boundary.ImportResult;
import nl.verbonden.shared.entity.ImportError;

/**
 * What importing a CSV file of measurements did. Either the file had errors: {@code result} lists
 * them and nothing was recorded ({@code recorded} is {@link RecordResult#NOTHING}). Or every row
 * was read: {@code result} counts the rows, and {@code recorded} says how many values were new,
 * corrected or unchanged, and which escalations opened. Importing the same file again reads the
 * same rows and records them all as unchanged.
 */
public record MeasurementImportResult(ImportResult result, RecordResult recorded)
    implements Serializable {

  public MeasurementImportResult {
    Objects.requireNonNull(result);
    Objects.requireNonNull(recorded);
  }

  public static MeasurementImportResult refused(List<ImportError> errors) {
    return new MeasurementImportResult(ImportResult.refused(errors), RecordResult.NOTHING);
  }

  public boolean succeeded() {
    return result.succeeded();
  }
}
