package nl.verbonden.positioning.boundary;

import java.io.Serializable;
import java.util.Map;
import nl.verbonden.positioning.entity.PartnerRole;
import nl.verbonden.positioning.entity.RoleHolder;
import nl.verbonden.quadrants.entity.SteeringModel;
import nl.verbonden.register.entity.LegalForm;

/**
 * What the option form sends: the party by id (one of the register) or a prospective one by name
 * and legal form, the steering model, the holder of each role and the risks.
 */
public record OptionInput(
    String title,
    String description,
    Long partyId,
    String prospectiveName,
    LegalForm prospectiveLegalForm,
    SteeringModel model,
    Map<PartnerRole, RoleHolder> roles,
    String risks)
    implements Serializable {}
