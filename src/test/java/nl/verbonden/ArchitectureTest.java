package nl.verbonden;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, as rules the build checks (docs/architecture.md draws it).
 *
 * <ul>
 *   <li>Components form a one-way graph, lowest first: shared, tenancy, register, roles,
 *       agreements, quadrants, overviews; platform on top. A component uses only those below it.
 *   <li>Inside every component the layers go one way: web, boundary, control, entity.
 *   <li>Only boundary and control talk to the database.
 *   <li>Only the one clock reads the real time.
 *   <li>Only the register's history writer builds history lines; every other class raises a
 *       PartyChanged event.
 *   <li>Likewise the histories of accounts and municipalities, agreements and people: only their
 *       component's history writer builds their rows; services raise a Changed event.
 * </ul>
 */
class ArchitectureTest {

  private static final String ROOT = "nl.verbonden";

  /** Lowest first: each may use only the ones before it. */
  static final String[] COMPONENTS = {
    "shared",
    "tenancy",
    "register",
    "roles",
    "agreements",
    "quadrants",
    "cycle",
    "overviews",
    "reminders",
    "positioning",
    "attention",
    "search",
    "api",
    "platform"
  };

  /** The one class that may read the real time. */
  static final String CLOCK = "nl.verbonden.shared.control.ApplicationClock";

  /** The one class that builds history rows, from the PartyChanged events it observes. */
  static final String HISTORY_WRITER = "nl.verbonden.register.boundary.PartyHistoryWriter";

  static final String HISTORY_ROW = "nl.verbonden.register.entity.PartyChange";

  /**
   * The other histories (docs/decisions/0014-history-of-accounts-agreements-people.md): per history
   * row entity, the one writer that builds it from the Changed events it observes.
   */
  static final Map<String, String> WRITER_OF_ROW =
      Map.of(
          "nl.verbonden.tenancy.entity.TenancyChange",
          "nl.verbonden.tenancy.boundary.TenancyHistoryWriter",
          "nl.verbonden.agreements.entity.AgreementChange",
          "nl.verbonden.agreements.boundary.AgreementHistoryWriter",
          "nl.verbonden.roles.entity.PersonChange",
          "nl.verbonden.roles.boundary.PersonHistoryWriter");

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
  }

  @Test
  void componentsFormAOneWayGraphLowestFirst() {
    for (int i = 0; i < COMPONENTS.length; i++) {
      String[] higher = new String[COMPONENTS.length - i - 1];
      for (int j = i + 1; j < COMPONENTS.length; j++) {
        higher[j - i - 1] = ROOT + "." + COMPONENTS[j] + "..";
      }
      if (higher.length == 0) {
        continue;
      }
      ArchRule rule =
          noClasses()
              .that()
              .resideInAPackage(ROOT + "." + COMPONENTS[i] + "..")
              .should()
              .dependOnClassesThat()
              .resideInAnyPackage(higher)
              .because(
                  COMPONENTS[i]
                      + " is below "
                      + String.join(", ", higher)
                      + " in the component graph (docs/architecture.md)");
      rule.check(classes);
    }
  }

  @Test
  void componentsHaveNoCycles() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void layersGoOneWayWebBoundaryControlEntity() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("web")
        .definedBy(ROOT + ".*.web..")
        .layer("boundary")
        .definedBy(ROOT + ".*.boundary..")
        .layer("control")
        .definedBy(ROOT + ".*.control..")
        .layer("entity")
        .definedBy(ROOT + ".*.entity..")
        .whereLayer("web")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("boundary")
        .mayOnlyBeAccessedByLayers("web")
        .whereLayer("control")
        .mayOnlyBeAccessedByLayers("web", "boundary")
        .whereLayer("entity")
        .mayOnlyBeAccessedByLayers("web", "boundary", "control")
        .check(classes);
  }

  @Test
  void onlyBoundaryAndControlUseTheEntityManager() {
    noClasses()
        .that()
        .resideOutsideOfPackages(ROOT + ".*.boundary..", ROOT + ".*.control..")
        .and()
        .resideOutsideOfPackages(ROOT + ".platform..")
        .should()
        .dependOnClassesThat()
        .areAssignableTo(EntityManager.class)
        .because("queries belong in boundary (services) and control (queries, calculators)")
        .check(classes);
  }

  @Test
  void onlyTheOneClockReadsTheRealTime() {
    classes()
        .that()
        .doNotHaveFullyQualifiedName(CLOCK)
        .should(notReadTheRealClock())
        .because("all 'today' and 'now' come from the one injectable Clock (" + CLOCK + ")")
        .check(classes);
  }

  @Test
  void onlyTheHistoryWriterBuildsHistoryRows() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(HISTORY_WRITER)
        .and()
        .doNotHaveFullyQualifiedName(HISTORY_ROW)
        .should(constructAHistoryRow(HISTORY_ROW))
        .because(
            "a party's history is written in one place: services raise a PartyChanged event and "
                + HISTORY_WRITER
                + " writes it (docs/decisions/0008-history-through-cdi-events.md)")
        .check(classes);
  }

  @Test
  void theHistoryWriterIsTheOneThatBuildsHistoryRows() {
    JavaClass writer = classes.get(HISTORY_WRITER);
    assertTrue(
        writer.getConstructorCallsFromSelf().stream()
            .anyMatch(call -> call.getTargetOwner().getName().equals(HISTORY_ROW)),
        HISTORY_WRITER + " no longer builds " + HISTORY_ROW + ": move the rule with it");
  }

  @Test
  void onlyEachComponentsHistoryWriterBuildsItsHistoryRows() {
    WRITER_OF_ROW.forEach(
        (row, writer) ->
            noClasses()
                .that()
                .doNotHaveFullyQualifiedName(writer)
                .and()
                .doNotHaveFullyQualifiedName(row)
                .should(constructAHistoryRow(row))
                .because(
                    "a history is written in one place: services raise a Changed event and "
                        + writer
                        + " writes it (docs/decisions/0014-history-of-accounts-agreements-people.md)")
                .check(classes));
  }

  @Test
  void eachHistoryWriterIsTheOneThatBuildsItsRows() {
    WRITER_OF_ROW.forEach(
        (row, writer) ->
            assertTrue(
                Stream.concat(
                        classes.get(writer).getConstructorCallsFromSelf().stream(),
                        classes.get(writer).getConstructorReferencesFromSelf().stream())
                    .anyMatch(call -> call.getTargetOwner().getName().equals(row)),
                writer + " no longer builds " + row + ": move the rule with it"));
  }

  /**
   * Calls a constructor of the history row entity. Each such call is an event that satisfies the
   * condition, so that {@code noClasses().should(...)} reports it as a violation.
   */
  static ArchCondition<JavaClass> constructAHistoryRow(String historyRow) {
    return new ArchCondition<>("construct a history row (" + historyRow + ")") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        List<JavaAccess<?>> calls =
            Stream.concat(
                    item.getConstructorCallsFromSelf().stream(),
                    item.getConstructorReferencesFromSelf().stream())
                .filter(call -> call.getTargetOwner().getName().equals(historyRow))
                .<JavaAccess<?>>map(call -> call)
                .toList();
        if (calls.isEmpty()) {
          events.add(
              SimpleConditionEvent.violated(item, item.getName() + " builds no history row"));
        }
        calls.forEach(
            call -> events.add(SimpleConditionEvent.satisfied(call, call.getDescription())));
      }
    };
  }

  private static final Set<String> TIME_TYPES =
      Set.of(
          "java.time.LocalDate",
          "java.time.LocalDateTime",
          "java.time.LocalTime",
          "java.time.Instant",
          "java.time.ZonedDateTime",
          "java.time.OffsetDateTime",
          "java.time.Year",
          "java.time.YearMonth",
          "java.time.MonthDay");

  /**
   * Calls {@code now()} or {@code now(ZoneId)} of a java.time type (only {@code now(Clock)} is
   * fine), a {@code Clock.system*()} factory, {@code System.currentTimeMillis()} or {@code new
   * java.util.Date()}.
   */
  static ArchCondition<JavaClass> notReadTheRealClock() {
    return new ArchCondition<>("not read the real clock") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        for (JavaMethodCall call : item.getMethodCallsFromSelf()) {
          String owner = call.getTargetOwner().getName();
          String name = call.getName();
          var parameters = call.getTarget().getRawParameterTypes();
          boolean realNow =
              TIME_TYPES.contains(owner)
                  && name.equals("now")
                  && (parameters.isEmpty()
                      || !parameters.get(0).getName().equals(Clock.class.getName()));
          boolean systemClock =
              owner.equals(Clock.class.getName())
                  && (name.equals("systemDefaultZone")
                      || name.equals("systemUTC")
                      || name.equals("system"));
          boolean millis = owner.equals("java.lang.System") && name.equals("currentTimeMillis");
          if (realNow || systemClock || millis) {
            events.add(SimpleConditionEvent.violated(call, call.getDescription()));
          }
        }
        item.getConstructorCallsFromSelf().stream()
            .filter(
                call ->
                    call.getTargetOwner().getName().equals("java.util.Date")
                        && call.getTarget().getRawParameterTypes().isEmpty())
            .forEach(
                call -> events.add(SimpleConditionEvent.violated(call, call.getDescription())));
      }
    };
  }

  /**
   * The reminder run's internal steps and the binding of a persistence context to a municipality
   * without a caller (decision 0017) are reached only from the reminders' boundary: no page,
   * resource or other service can read a municipality it did not check.
   */
  @Test
  void onlyTheRemindersBindAMunicipalityWithoutACaller() {
    noClasses()
        .that()
        .resideOutsideOfPackage(ROOT + ".reminders.boundary..")
        .and()
        .doNotHaveFullyQualifiedName(ROOT + ".tenancy.control.SystemTenantScope")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName(ROOT + ".tenancy.control.SystemTenantScope")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName(ROOT + ".reminders.boundary.ReminderDigests")
        .check(classes);
  }
}
