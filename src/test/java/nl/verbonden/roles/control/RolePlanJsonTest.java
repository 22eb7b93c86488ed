package nl.verbonden.roles.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import nl.verbonden.roles.entity.MunicipalRole;
import nl.verbonden.roles.entity.RolePlan;
import org.junit.jupiter.api.Test;

/** A draft comes back as it was left: every answer, the ladder and the texts. */
class RolePlanJsonTest {

  @Test
  void aPlanSurvivesJson() {
    RolePlan plan = RolePlan.empty();
    plan.answer(MunicipalRole.OPDRACHTGEVER).setHeld(true);
    plan.answer(MunicipalRole.OPDRACHTGEVER).setBestuurlijkOfficeId(11L);
    plan.answer(MunicipalRole.EIGENAAR).setHeld(false);
    plan.answer(MunicipalRole.EIGENAAR).setReason("Geen aandelen — “aanhalingstekens” en é");
    plan.setRegisseurOfficeId(14L);
    plan.useExampleLadder();
    plan.setJustification("Reden");

    RolePlan back = RolePlanJson.read(RolePlanJson.write(plan));

    assertEquals(true, back.answer(MunicipalRole.OPDRACHTGEVER).getHeld());
    assertEquals(11L, back.answer(MunicipalRole.OPDRACHTGEVER).getBestuurlijkOfficeId());
    assertEquals(
        "Geen aandelen — “aanhalingstekens” en é", back.answer(MunicipalRole.EIGENAAR).getReason());
    assertNull(back.answer(MunicipalRole.UITVOERDER).getHeld());
    assertEquals(14L, back.getRegisseurOfficeId());
    assertEquals(plan.getLadder(), back.getLadder());
    assertEquals("Reden", back.getJustification());
  }

  @Test
  void aDraftWithoutSomeAnswersGetsThemBack() {
    RolePlan back = RolePlanJson.read("{\"answers\":[{\"role\":\"EIGENAAR\",\"held\":true}]}");
    assertEquals(4, back.getAnswers().size());
    assertEquals(true, back.answer(MunicipalRole.EIGENAAR).getHeld());
  }
}
