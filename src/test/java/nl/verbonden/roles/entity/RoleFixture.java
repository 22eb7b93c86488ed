package nl.verbonden.roles.entity;

import static nl.verbonden.register.TestIds.withId;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.verbonden.register.entity.PartyRef;

/**
 * A small municipality for the role tests: people with offices (saved, so with ids), one of them a
 * wethouder whose term has ended, and helpers to fill in a plan.
 */
final class RoleFixture {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  static final PartyRef PARTY = new PartyRef(7L, "Regio Foodvalley");

  final Person jansen = withId(new Person("Anna Jansen", null), 1L);
  final Person bakker = withId(new Person("Bram Bakker", null), 2L);
  final Person visser = withId(new Person("Carla Visser", null), 3L);
  final Person smit = withId(new Person("Dirk Smit", null), 4L);
  final Person oud = withId(new Person("Olga Oud", null), 5L);

  final Office wethouderJansen =
      withId(
          jansen.appoint(OfficeKind.WETHOUDER, "Sociaal domein", LocalDate.of(2022, 6, 1), null),
          11L);
  final Office wethouderJansenFinancien =
      withId(
          jansen.appoint(OfficeKind.WETHOUDER, "Financiën", LocalDate.of(2022, 6, 1), null), 12L);
  final Office burgemeesterBakker =
      withId(bakker.appoint(OfficeKind.BURGEMEESTER, null, LocalDate.of(2020, 1, 1), null), 13L);
  final Office regisseurVisser =
      withId(
          visser.appoint(OfficeKind.REGISSEUR, "Sociaal domein", LocalDate.of(2021, 1, 1), null),
          14L);
  final Office controllerSmit =
      withId(smit.appoint(OfficeKind.CONTROLLER, null, LocalDate.of(2019, 1, 1), null), 15L);
  final Office wethouderOud =
      withId(
          oud.appoint(
              OfficeKind.WETHOUDER,
              "Economie",
              LocalDate.of(2022, 6, 1),
              LocalDate.of(2026, 5, 31)),
          16L);

  final Map<Long, Office> offices = new LinkedHashMap<>();

  RoleFixture() {
    for (Office o :
        new Office[] {
          wethouderJansen,
          wethouderJansenFinancien,
          burgemeesterBakker,
          regisseurVisser,
          controllerSmit,
          wethouderOud
        }) {
      offices.put(o.getId(), o);
    }
  }

  /**
   * A plan without findings: all four roles answered, different portefeuillehouders, regisseur and
   * ladder.
   */
  RolePlan sound() {
    RolePlan plan = RolePlan.empty();
    held(plan, MunicipalRole.OPDRACHTGEVER, wethouderJansen, regisseurVisser);
    held(plan, MunicipalRole.EIGENAAR, burgemeesterBakker, controllerSmit);
    notHeld(plan, MunicipalRole.OPDRACHTNEMER, "De gemeente levert geen taken aan de regio.");
    notHeld(plan, MunicipalRole.UITVOERDER, "De uitvoering ligt bij de GR.");
    plan.setRegisseurOfficeId(regisseurVisser.getId());
    plan.useExampleLadder();
    return plan;
  }

  static void held(RolePlan plan, MunicipalRole role, Office bestuurlijk, Office ambtelijk) {
    RolePlan.Answer answer = plan.answer(role);
    answer.setHeld(true);
    answer.setBestuurlijkOfficeId(bestuurlijk == null ? null : bestuurlijk.getId());
    answer.setAmbtelijkOfficeId(ambtelijk == null ? null : ambtelijk.getId());
  }

  static void notHeld(RolePlan plan, MunicipalRole role, String reason) {
    RolePlan.Answer answer = plan.answer(role);
    answer.setHeld(false);
    answer.setReason(reason);
  }
}
