package nl.verbonden.roles.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Map;
import nl.verbonden.register.TestIds;
import nl.verbonden.roles.entity.MunicipalRole;
import nl.verbonden.roles.entity.Office;
import nl.verbonden.roles.entity.OfficeKind;
import nl.verbonden.roles.entity.Person;
import nl.verbonden.roles.entity.RolePlan;
import org.junit.jupiter.api.Test;

/** The history's lines for a role model. */
class RoleDescriptionTest {

  @Test
  void eachRoleIsOneLineInDutch() {
    Person jansen = new Person("Anna Jansen", null);
    Office wethouder =
        TestIds.withId(
            jansen.appoint(OfficeKind.WETHOUDER, "Zorg", LocalDate.of(2022, 1, 1), null), 1L);
    RolePlan plan = RolePlan.empty();
    plan.answer(MunicipalRole.OPDRACHTGEVER).setHeld(true);
    plan.answer(MunicipalRole.OPDRACHTGEVER).setBestuurlijkOfficeId(1L);
    plan.answer(MunicipalRole.EIGENAAR).setHeld(false);
    plan.answer(MunicipalRole.EIGENAAR).setReason("Geen aandelen");
    plan.getLadder().add(new RolePlan.Step("Contact", "Accountmanager", "Teamleider", 10));
    plan.getLadder().add(new RolePlan.Step("Contact", "Accountmanager", "Teamleider", 10));

    Map<String, Object> lines = RoleDescription.of(plan, Map.of(1L, wethouder));

    assertEquals(
        "bestuurlijk: Anna Jansen (Zorg); ambtelijk: niemand",
        lines.get("municipalRole.OPDRACHTGEVER"));
    assertEquals("niet belegd: Geen aandelen", lines.get("municipalRole.EIGENAAR"));
    assertNull(lines.get("municipalRole.UITVOERDER"));
    assertEquals(
        "1. Contact: Accountmanager ↔ Teamleider, 10 dagen; 2. Contact: Accountmanager ↔ Teamleider, 10 dagen",
        lines.get("roles.ladder"));
  }

  @Test
  void noModelHasOnlyEmptyLines() {
    assertEquals(
        true, RoleDescription.of(null, Map.of()).values().stream().allMatch(v -> v == null));
  }
}
