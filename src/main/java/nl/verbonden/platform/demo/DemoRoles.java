package nl.verbonden.platform.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verbonden.roles.entity.MunicipalRole;
import nl.verbonden.roles.entity.Office;
import nl.verbonden.roles.entity.OfficeKind;
import nl.verbonden.roles.entity.PartyGovernance;
import nl.verbonden.roles.entity.Person;
import nl.verbonden.roles.entity.RoleAssignment;
import nl.verbonden.roles.entity.RolePlan;
import nl.verbonden.shared.control.CsvTable;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * Reads a demo municipality's people, offices and role models from {@code demo/<folder>/}: {@code
 * personen.csv} (one office per person), {@code rollen.csv} (who holds each role towards a party,
 * or why it is not held) and {@code sturing.csv} (regisseur, justification of a conflict, the
 * party's director and chair, and whether it has the example escalation ladder). The entities are
 * built through the same rules the pages use ({@link Person#appoint}, {@link
 * RoleAssignment#answer}, {@link PartyGovernance#apply}).
 */
final class DemoRoles {

  private DemoRoles() {}

  /**
   * People first, then the role models, in the order they must be saved.
   *
   * @throws IllegalStateException when a file is missing or names an unknown party or person
   */
  static List<TenantOwnedEntity> read(
      DemoRegisters.Register register, String folder, LocalDate today) {
    Map<String, Office> offices = new LinkedHashMap<>();
    List<TenantOwnedEntity> all = new ArrayList<>();
    DemoFile people = DemoFile.read(folder + "/personen.csv", today);
    for (CsvTable.Row row : people.rows()) {
      String name = people.required(row, "naam");
      Person person = new Person(name, DemoFile.optional(row, "email"));
      Office office =
          person.appoint(
              people.code(row, "functie", OfficeKind.class),
              DemoFile.optional(row, "portefeuille"),
              people.date(row, "vanaf"),
              people.optionalDate(row, "tot"));
      if (offices.put(name, office) != null) {
        throw new IllegalStateException(people.path() + ": " + name + " twice");
      }
      all.add(person);
    }

    DemoFile roles = DemoFile.read(folder + "/rollen.csv", today);
    for (CsvTable.Row row : roles.rows()) {
      RoleAssignment assignment =
          new RoleAssignment(
              register.require(roles.required(row, "partij")),
              roles.code(row, "rol", MunicipalRole.class));
      assignment.answer(
          roles.yes(row, "vervuld"),
          office(offices, roles, DemoFile.optional(row, "bestuurlijk")),
          office(offices, roles, DemoFile.optional(row, "ambtelijk")),
          DemoFile.optional(row, "reden"));
      all.add(assignment);
    }

    DemoFile steering = DemoFile.read(folder + "/sturing.csv", today);
    for (CsvTable.Row row : steering.rows()) {
      String justification = DemoFile.optional(row, "rechtvaardiging");
      RolePlan plan = RolePlan.empty();
      plan.setJustification(justification);
      plan.setPartyDirector(DemoFile.optional(row, "directeur_partij"));
      plan.setPartyChair(DemoFile.optional(row, "voorzitter_partij"));
      if (steering.yes(row, "escalatieladder")) {
        plan.useExampleLadder();
      }
      PartyGovernance governance =
          new PartyGovernance(register.require(steering.required(row, "partij")));
      governance.apply(
          plan,
          office(offices, steering, DemoFile.optional(row, "regisseur")),
          justification != null);
      all.add(governance);
    }
    return all;
  }

  private static Office office(Map<String, Office> offices, DemoFile file, String person) {
    if (person == null) {
      return null;
    }
    Office office = offices.get(person);
    if (office == null) {
      throw new IllegalStateException(file.path() + ": no one named " + person);
    }
    return office;
  }
}
