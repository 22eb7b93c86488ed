package nl.verbonden.positioning.entity;

import java.util.ArrayList;
import java.util.List;
import nl.verbonden.quadrants.entity.SteeringModel;

/**
 * Whether an option's steering model and role division fit together, as message keys (plain Java).
 * Eigen beheer means the municipality executes itself and employs the people; Marktmeester and
 * Samenwerkingspartner mean a partner executes and the municipality commissions; a partner that
 * holds a role must be named; someone must pay and someone must execute.
 */
public final class Consistency {

  private Consistency() {}

  public static List<String> check(SteeringModel model, RoleDivision roles, boolean partnerNamed) {
    List<String> findings = new ArrayList<>();
    RoleHolder uitvoerder = roles.holder(PartnerRole.UITVOERDER);
    RoleHolder werkgever = roles.holder(PartnerRole.WERKGEVER);
    if (model == SteeringModel.EIGEN_BEHEER && (uitvoerder.partner() || werkgever.partner())) {
      findings.add("positioning.check.ownButPartnerWorks");
    }
    boolean outsourcing =
        model == SteeringModel.MARKTMEESTER || model == SteeringModel.SAMENWERKINGSPARTNER;
    if (outsourcing && uitvoerder == RoleHolder.GEMEENTE) {
      findings.add("positioning.check.outsourcedButOwnExecution");
    }
    if (outsourcing && !roles.holder(PartnerRole.OPDRACHTGEVER).municipality()) {
      findings.add("positioning.check.noClient");
    }
    if (roles.partnerInvolved() && !partnerNamed) {
      findings.add("positioning.check.noPartner");
    }
    if (roles.holder(PartnerRole.FINANCIER) == RoleHolder.NIEMAND) {
      findings.add("positioning.check.noFinancier");
    }
    if (uitvoerder == RoleHolder.NIEMAND) {
      findings.add("positioning.check.noExecutor");
    }
    return findings;
  }

  public static List<String> check(PositioningOption option) {
    return check(option.getModel(), option.getRoles(), option.hasPartner());
  }
}
