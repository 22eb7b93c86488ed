package nl.verbonden.register.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The legal form decides the group in which the paragraaf verbonden partijen (BBV art. 15) lists a
 * party.
 */
class LegalFormTest {

  /** Written out in full: a new legal form fails the test until someone decides its group here. */
  private static final Map<LegalForm, BbvGroup> GROUP =
      Map.ofEntries(
          Map.entry(LegalForm.GR_OPENBAAR_LICHAAM, BbvGroup.GEMEENSCHAPPELIJKE_REGELINGEN),
          Map.entry(LegalForm.GR_GEMEENSCHAPPELIJK_ORGAAN, BbvGroup.GEMEENSCHAPPELIJKE_REGELINGEN),
          Map.entry(
              LegalForm.GR_BEDRIJFSVOERINGSORGANISATIE, BbvGroup.GEMEENSCHAPPELIJKE_REGELINGEN),
          Map.entry(LegalForm.GR_CENTRUMREGELING, BbvGroup.GEMEENSCHAPPELIJKE_REGELINGEN),
          Map.entry(LegalForm.GR_REGELING_ZONDER_MEER, BbvGroup.GEMEENSCHAPPELIJKE_REGELINGEN),
          Map.entry(LegalForm.NV, BbvGroup.VENNOOTSCHAPPEN_EN_COOPERATIES),
          Map.entry(LegalForm.BV, BbvGroup.VENNOOTSCHAPPEN_EN_COOPERATIES),
          Map.entry(LegalForm.COOPERATIE, BbvGroup.VENNOOTSCHAPPEN_EN_COOPERATIES),
          Map.entry(LegalForm.STICHTING, BbvGroup.STICHTINGEN_EN_VERENIGINGEN),
          Map.entry(LegalForm.VERENIGING, BbvGroup.STICHTINGEN_EN_VERENIGINGEN),
          Map.entry(LegalForm.OVERIG, BbvGroup.OVERIGE));

  @ParameterizedTest
  @EnumSource(LegalForm.class)
  void eachLegalFormBelongsToItsBbvGroup(LegalForm form) {
    assertEquals(GROUP.get(form), form.group(), form.name());
  }

  @ParameterizedTest
  @EnumSource(value = LegalForm.class, names = "GR_.*", mode = EnumSource.Mode.MATCH_ALL)
  void theFiveFormsOfTheWgrAreJointArrangements(LegalForm form) {
    assertTrue(form.isJointArrangement());
    assertEquals(BbvGroup.GEMEENSCHAPPELIJKE_REGELINGEN, form.group());
  }

  @ParameterizedTest
  @EnumSource(value = LegalForm.class, names = "GR_.*", mode = EnumSource.Mode.MATCH_NONE)
  void noOtherFormIsAJointArrangement(LegalForm form) {
    assertFalse(form.isJointArrangement());
    assertFalse(form.group() == BbvGroup.GEMEENSCHAPPELIJKE_REGELINGEN);
  }

  @Test
  void exactlyTheFiveGrFormsAreJointArrangements() {
    Set<LegalForm> joint =
        Arrays.stream(LegalForm.values())
            .filter(LegalForm::isJointArrangement)
            .collect(Collectors.toSet());
    assertEquals(
        EnumSet.of(
            LegalForm.GR_OPENBAAR_LICHAAM,
            LegalForm.GR_GEMEENSCHAPPELIJK_ORGAAN,
            LegalForm.GR_BEDRIJFSVOERINGSORGANISATIE,
            LegalForm.GR_CENTRUMREGELING,
            LegalForm.GR_REGELING_ZONDER_MEER),
        joint);
  }

  @Test
  void everyBbvGroupHasALegalForm() {
    Set<BbvGroup> used =
        Arrays.stream(LegalForm.values()).map(LegalForm::group).collect(Collectors.toSet());
    assertEquals(EnumSet.allOf(BbvGroup.class), used);
  }
}
