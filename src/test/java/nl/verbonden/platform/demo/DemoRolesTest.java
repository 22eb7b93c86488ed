package nl.verbonden.platform.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.verbonden.register.entity.Party;
import nl.verbonden.register.entity.PartyRef;
import nl.verbonden.roles.entity.Finding;
import nl.verbonden.roles.entity.FindingKind;
import nl.verbonden.roles.entity.Office;
import nl.verbonden.roles.entity.PartyGovernance;
import nl.verbonden.roles.entity.Person;
import nl.verbonden.roles.entity.RoleAssignment;
import nl.verbonden.roles.entity.RoleChecks;
import nl.verbonden.roles.entity.RolePlan;
import nl.verbonden.shared.control.ApplicationClock;
import nl.verbonden.shared.entity.AuditedEntity;
import nl.verbonden.shared.entity.TenantOwnedEntity;
import org.junit.jupiter.api.Test;

/**
 * The demo role models are sound plans (every one would pass the walkthrough's checks) and show
 * what the checks find: in Woudenberg two justified conflicts, an ended term, a missing ladder, a
 * missing regisseur and parties never walked through.
 */
class DemoRolesTest {

  /** Today on the application's clock: moved by verbonden.clock, as the demo's dates are. */
  private static final LocalDate TODAY = LocalDate.now(ApplicationClock.fromSystem());

  private long nextId = 1;

  @Test
  void woudenbergShowsEveryKindOfFinding() {
    DemoRegisters.Register register = woudenberg();
    Map<String, List<FindingKind>> found =
        findings(register, DemoRoles.read(register, "woudenberg", TODAY));
    assertEquals(List.of(FindingKind.CONFLICT), found.get("GGD regio Utrecht"));
    assertEquals(List.of(FindingKind.CONFLICT), found.get("Veiligheidsregio Utrecht"));
    assertEquals(List.of(FindingKind.TERM_ENDED), found.get("Afvalverwijdering Utrecht (AVU)"));
    assertEquals(
        List.of(FindingKind.NO_HOLDER, FindingKind.NO_LADDER),
        found.get("Regionaal Sociaal Werkvoorzieningschap Amersfoort e.o. (RWA)"));
    assertEquals(
        List.of(FindingKind.NO_REGISSEUR), found.get("N.V. Bank Nederlandse Gemeenten (BNG Bank)"));
    assertEquals(List.of(FindingKind.NOT_WALKED_THROUGH), found.get("Vitens N.V."));
  }

  @Test
  void zeistHasTwoModelsAndNoConflict() {
    DemoRegisters.Register register = zeist();
    Map<String, List<FindingKind>> found =
        findings(register, DemoRoles.read(register, "zeist", TODAY));
    assertEquals(
        List.of(), found.get("Regionale Dienst Werk en Inkomen Kromme Rijn Heuvelrug (RDWI)"));
    assertEquals(
        List.of(FindingKind.NO_HOLDER, FindingKind.NO_LADDER),
        found.get("Veiligheidsregio Utrecht"));
  }

  @Test
  void everyDemoModelPassesTheChecksOfTheWalkthrough() {
    DemoRegisters.Register woudenberg = woudenberg();
    DemoRegisters.Register zeist = zeist();
    Map<DemoRegisters.Register, List<TenantOwnedEntity>> demo =
        Map.of(
            woudenberg,
            DemoRoles.read(woudenberg, "woudenberg", TODAY),
            zeist,
            DemoRoles.read(zeist, "zeist", TODAY));
    int checked = 0;
    for (Map.Entry<DemoRegisters.Register, List<TenantOwnedEntity>> tenant : demo.entrySet()) {
      Map<Long, Office> offices = offices(tenant.getValue());
      for (RolePlan plan : plans(tenant.getKey(), tenant.getValue()).values()) {
        if (plan != null) {
          plan.checkComplete(offices);
          checked++;
        }
      }
    }
    assertEquals(7, checked);
  }

  @Test
  void peopleHaveUniqueNames() {
    DemoRegisters.Register register = woudenberg();
    Set<String> names = new TreeSet<>();
    for (TenantOwnedEntity e : DemoRoles.read(register, "woudenberg", TODAY)) {
      if (e instanceof Person p) {
        assertTrue(names.add(p.getName()), p.getName());
      }
    }
  }

  @Test
  void theAvuWethouderTermEndedTwoMonthsAgoAndTheNewCollegeBeganTheDayAfter() {
    DemoRegisters.Register register = woudenberg();
    Map<String, Office> offices = new HashMap<>();
    for (TenantOwnedEntity e : DemoRoles.read(register, "woudenberg", TODAY)) {
      if (e instanceof Person p) {
        offices.put(p.getName(), p.getOffices().get(0));
      }
    }
    assertEquals(TODAY.minusMonths(2), offices.get("Henk van Dijk").getEndDate());
    assertEquals(TODAY.minusMonths(2).plusDays(1), offices.get("Thomas Kok").getStartDate());
    assertEquals(null, offices.get("Thomas Kok").getEndDate());
  }

  private static DemoRegisters.Register woudenberg() {
    return DemoRegisters.read("woudenberg", "Woudenberg", TODAY);
  }

  private static DemoRegisters.Register zeist() {
    return DemoRegisters.read("zeist", "Zeist", TODAY);
  }

  private Map<String, List<FindingKind>> findings(
      DemoRegisters.Register register, List<TenantOwnedEntity> roles) {
    Map<Long, Office> offices = offices(roles);
    Map<String, List<FindingKind>> found = new HashMap<>();
    for (Map.Entry<Party, RolePlan> model : plans(register, roles).entrySet()) {
      Party party = model.getKey();
      List<Finding> findings =
          RoleChecks.check(
              new PartyRef(party.getId(), party.getName()), model.getValue(), offices, TODAY);
      found.put(party.getName(), findings.stream().map(Finding::kind).toList());
    }
    return found;
  }

  private Map<Long, Office> offices(List<TenantOwnedEntity> roles) {
    Map<Long, Office> offices = new HashMap<>();
    for (TenantOwnedEntity e : roles) {
      if (e instanceof Person p) {
        for (Office o : p.getOffices()) {
          if (o.getId() == null) {
            withId(o);
          }
          offices.put(o.getId(), o);
        }
        if (p.getId() == null) {
          withId(p);
        }
      }
    }
    return offices;
  }

  private Map<Party, RolePlan> plans(
      DemoRegisters.Register register, List<TenantOwnedEntity> roles) {
    Map<Party, List<RoleAssignment>> assignments = new HashMap<>();
    Map<Party, PartyGovernance> governance = new HashMap<>();
    for (TenantOwnedEntity e : roles) {
      if (e instanceof RoleAssignment a) {
        assignments.computeIfAbsent(a.getParty(), k -> new ArrayList<>()).add(a);
      } else if (e instanceof PartyGovernance g) {
        governance.put(g.getParty(), g);
      }
    }
    Map<Party, RolePlan> plans = new java.util.LinkedHashMap<>();
    for (Party party : register.parties()) {
      if (party.getId() == null) {
        withId(party);
      }
      plans.put(
          party, RolePlan.of(assignments.getOrDefault(party, List.of()), governance.get(party)));
    }
    return plans;
  }

  private void withId(AuditedEntity entity) {
    try {
      Field field = AuditedEntity.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, nextId++);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
