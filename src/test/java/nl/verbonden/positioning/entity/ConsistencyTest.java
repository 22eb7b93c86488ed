package nl.verbonden.positioning.entity;

import static nl.verbonden.positioning.entity.RoleHolder.BEIDE;
import static nl.verbonden.positioning.entity.RoleHolder.GEMEENTE;
import static nl.verbonden.positioning.entity.RoleHolder.NIEMAND;
import static nl.verbonden.positioning.entity.RoleHolder.PARTNER;
import static nl.verbonden.positioning.entity.WeighingTest.roles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.verbonden.quadrants.entity.Quadrant;
import nl.verbonden.quadrants.entity.SteeringModel;
import org.junit.jupiter.api.Test;

/**
 * The consistency rules of an option's steering model and role division. Roles in the order
 * opdrachtgever, financier, eigenaar, werkgever, opdrachtnemer, uitvoerder.
 */
class ConsistencyTest {

  @Test
  void theSeedsPartnershipFits() {
    // municipality opdrachtgever, financier and eigenaar; partner werkgever, opdrachtnemer,
    // uitvoerder
    assertEquals(
        List.of(),
        Consistency.check(
            SteeringModel.SAMENWERKINGSPARTNER,
            roles(GEMEENTE, GEMEENTE, GEMEENTE, PARTNER, PARTNER, PARTNER),
            true));
  }

  @Test
  void doingItYourselfFitsWithoutAPartner() {
    assertEquals(
        List.of(),
        Consistency.check(
            SteeringModel.EIGEN_BEHEER,
            roles(GEMEENTE, GEMEENTE, GEMEENTE, GEMEENTE, NIEMAND, GEMEENTE),
            false));
  }

  @Test
  void eigenBeheerWhileThePartnerIsUitvoerderAndWerkgeverIsFlagged() {
    List<String> findings =
        Consistency.check(
            SteeringModel.EIGEN_BEHEER,
            roles(GEMEENTE, GEMEENTE, GEMEENTE, PARTNER, PARTNER, PARTNER),
            true);
    assertEquals(List.of("positioning.check.ownButPartnerWorks"), findings);
    assertTrue(
        Consistency.check(
                SteeringModel.EIGEN_BEHEER,
                roles(GEMEENTE, GEMEENTE, GEMEENTE, GEMEENTE, NIEMAND, BEIDE),
                true)
            .contains("positioning.check.ownButPartnerWorks"));
  }

  @Test
  void outsourcingWithoutTheMunicipalityAsClientOrWithOwnExecutionIsFlagged() {
    List<String> findings =
        Consistency.check(
            SteeringModel.MARKTMEESTER,
            roles(PARTNER, GEMEENTE, NIEMAND, GEMEENTE, NIEMAND, GEMEENTE),
            true);
    assertTrue(findings.contains("positioning.check.noClient"), findings.toString());
    assertTrue(
        findings.contains("positioning.check.outsourcedButOwnExecution"), findings.toString());
  }

  @Test
  void aPartnerRoleWithoutAPartyNobodyPayingAndNobodyExecutingAreFlagged() {
    List<String> findings =
        Consistency.check(
            SteeringModel.FACILITATOR,
            roles(GEMEENTE, NIEMAND, NIEMAND, PARTNER, NIEMAND, NIEMAND),
            false);
    assertEquals(
        List.of(
            "positioning.check.noPartner",
            "positioning.check.noFinancier",
            "positioning.check.noExecutor"),
        findings);
  }

  @Test
  void eachSteeringModelImpliesItsQuadrant() {
    assertEquals(
        Quadrant.MEERVOUDIG_OPDRACHTGEVERSCHAP,
        PositioningOption.impliedQuadrant(SteeringModel.EIGEN_BEHEER));
    assertEquals(
        Quadrant.ENKELVOUDIG_OPDRACHTGEVERSCHAP,
        PositioningOption.impliedQuadrant(SteeringModel.MARKTMEESTER));
    assertEquals(
        Quadrant.MAATSCHAPPELIJK_PARTNERSCHAP,
        PositioningOption.impliedQuadrant(SteeringModel.SAMENWERKINGSPARTNER));
    assertEquals(
        Quadrant.GEDELEGEERD_OPDRACHTGEVERSCHAP,
        PositioningOption.impliedQuadrant(SteeringModel.FACILITATOR));
  }

  @Test
  void theRolesOfTheFourRoleModelAreTheMunicipalitysOnes() {
    assertEquals(
        List.of(
            nl.verbonden.roles.entity.MunicipalRole.OPDRACHTGEVER,
            nl.verbonden.roles.entity.MunicipalRole.EIGENAAR),
        nl.verbonden.positioning.boundary.PositioningService.municipalRoles(
            roles(GEMEENTE, GEMEENTE, BEIDE, PARTNER, PARTNER, PARTNER)));
  }
}
