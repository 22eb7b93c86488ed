/**
 * The register of a municipality: {@code Party} with its interest, risk assessment, participants,
 * figures per year, relations and history ({@code entity}); the list queries, the CSV import and
 * the history texts ({@code control}); {@code PartyService} and {@code PartyImportService} ({@code
 * boundary}); the register pages ({@code web}). Components above it contribute to its pages through
 * extension points it defines (e.g. {@code web.ConflictMarks}) or by their own beans on its pages.
 *
 * <p>May use: {@code shared}, {@code tenancy}.
 */
package nl.verbonden.register;
