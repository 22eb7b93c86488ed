package nl.verbonden.platform.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.verbonden.quadrants.entity.Quadrant;
import nl.verbonden.quadrants.entity.RelationPosition;
import nl.verbonden.shared.control.CsvTable;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * Reads a demo municipality's positions in the quadrant matrix from {@code
 * demo/<folder>/posities.csv}, one row per party and year: with {@code netwerk} and {@code sturing}
 * but no {@code toelichting} a recorded position, with a {@code toelichting} a placement by hand,
 * and with a {@code doel} a target quadrant (and its {@code toelichting_doel}).
 */
final class DemoPositions {

  private DemoPositions() {}

  /**
   * @throws IllegalStateException when the file is missing, does not read or names an unknown party
   */
  static List<TenantOwnedEntity> read(
      DemoRegisters.Register register, String folder, LocalDate today) {
    DemoFile file = DemoFile.read(folder + "/posities.csv", today);
    List<TenantOwnedEntity> rows = new ArrayList<>();
    for (CsvTable.Row row : file.rows()) {
      RelationPosition position =
          new RelationPosition(
              register.require(file.required(row, "partij")), file.number(row, "jaar"));
      if (!row.get("netwerk").isEmpty() || !row.get("sturing").isEmpty()) {
        int network = file.number(row, "netwerk");
        int steering = file.number(row, "sturing");
        String why = DemoFile.optional(row, "toelichting");
        if (why == null) {
          position.record(network, steering);
        } else {
          position.override(network, steering, why);
        }
      }
      if (!row.get("doel").isEmpty()) {
        position.aimAt(
            file.code(row, "doel", Quadrant.class), DemoFile.optional(row, "toelichting_doel"));
      }
      rows.add(position);
    }
    return rows;
  }
}
