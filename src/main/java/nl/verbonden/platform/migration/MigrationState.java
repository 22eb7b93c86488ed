package nl.verbonden.platform.migration;

/** The outcome of the schema migration at start-up. */
public record MigrationState(
    boolean succeeded, String database, int applied, int pending, String error) {

  static MigrationState notRun() {
    return new MigrationState(false, null, 0, 0, "not run");
  }

  static MigrationState done(String database, int applied, int pending) {
    return new MigrationState(pending == 0, database, applied, pending, null);
  }

  static MigrationState failed(String error) {
    return new MigrationState(false, null, 0, 0, error);
  }
}
