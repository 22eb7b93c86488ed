package nl.verbonden.roles.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.verbonden.roles.boundary.PartyRoles;
import nl.verbonden.roles.entity.MunicipalRole;
import nl.verbonden.roles.entity.Office;
import nl.verbonden.roles.entity.RoleLevel;
import org.primefaces.model.DefaultOrganigramNode;
import org.primefaces.model.OrganigramNode;

/**
 * The organigram of a party's role model: the municipality at the top; under it a box per role (its
 * bestuurlijk and ambtelijk holder, or why it is not held; the client/owner conflict marked); under
 * the opdrachtgever the regisseur, and under the regisseur the party's management, as the pivot
 * between the two that the regisseur is.
 */
public final class RoleOrganigram {

  /** Node types, each with its own style in the page. */
  public static final String MUNICIPALITY = "gemeente";

  public static final String ROLE = "rol";
  public static final String CONFLICT = "conflict";
  public static final String NOT_HELD = "nietbelegd";
  public static final String REGISSEUR = "regisseur";
  public static final String PARTY = "partij";

  private RoleOrganigram() {}

  /**
   * What one box shows: a title and up to two lines; a line that names a person has its link (the
   * page shows the lead, then the name as a link to the person's page).
   */
  public record Box(String title, String line1, String line2, Link link1, Link link2)
      implements Serializable {

    Box(String title, String line1, String line2) {
      this(title, line1, line2, null, null);
    }
  }

  /** A line that names a person: "Bestuurlijk: " and the holder's label, linked by person id. */
  public record Link(String lead, String name, Long person) implements Serializable {}

  /**
   * @param municipality the municipality's name
   * @param text the labels of the page's language, by message key (arguments formatted in)
   */
  public static OrganigramNode of(
      PartyRoles roles, String municipality, Function<String, String> text) {
    OrganigramNode root =
        new DefaultOrganigramNode(
            MUNICIPALITY,
            new Box(text.apply("organigram.municipality") + " " + municipality, null, null),
            null);
    root.setExpanded(true);
    OrganigramNode regisseurParent = root;
    boolean conflict = roles.isConflict();
    for (MunicipalRole role : MunicipalRole.values()) {
      Boolean held = roles.held(role);
      String title = text.apply("municipalRole." + role.name());
      OrganigramNode node;
      if (Boolean.TRUE.equals(held)) {
        boolean inConflict =
            conflict && (role == MunicipalRole.OPDRACHTGEVER || role == MunicipalRole.EIGENAAR);
        node =
            new DefaultOrganigramNode(
                inConflict ? CONFLICT : ROLE,
                new Box(
                    inConflict ? title + " — " + text.apply("roles.conflict") : title,
                    line(text, "roleLevel.BESTUURLIJK", roles.holder(role, RoleLevel.BESTUURLIJK)),
                    line(text, "roleLevel.AMBTELIJK", roles.holder(role, RoleLevel.AMBTELIJK)),
                    link(text, "roleLevel.BESTUURLIJK", roles.holder(role, RoleLevel.BESTUURLIJK)),
                    link(text, "roleLevel.AMBTELIJK", roles.holder(role, RoleLevel.AMBTELIJK))),
                root);
        if (role == MunicipalRole.OPDRACHTGEVER) {
          regisseurParent = node;
        }
      } else if (Boolean.FALSE.equals(held)) {
        node =
            new DefaultOrganigramNode(
                NOT_HELD, new Box(title, text.apply("roles.notHeld"), roles.reason(role)), root);
      } else {
        node =
            new DefaultOrganigramNode(
                NOT_HELD, new Box(title, text.apply("roles.unanswered"), null), root);
      }
      node.setExpanded(true);
    }
    Office regisseur = roles.regisseur();
    OrganigramNode partyParent = regisseurParent;
    if (regisseur != null) {
      OrganigramNode node =
          new DefaultOrganigramNode(
              REGISSEUR,
              new Box(
                  text.apply("roles.regisseur"),
                  regisseur.label(),
                  null,
                  new Link("", regisseur.label(), regisseur.getPerson().getId()),
                  null),
              regisseurParent);
      node.setExpanded(true);
      partyParent = node;
    }
    List<String> management = new ArrayList<>();
    if (roles.plan() != null) {
      if (roles.plan().getPartyDirector() != null) {
        management.add(text.apply("roles.partyDirector") + ": " + roles.plan().getPartyDirector());
      }
      if (roles.plan().getPartyChair() != null) {
        management.add(text.apply("roles.partyChair") + ": " + roles.plan().getPartyChair());
      }
    }
    new DefaultOrganigramNode(
        PARTY,
        new Box(
            roles.party().name(),
            management.isEmpty() ? text.apply("organigram.noManagement") : management.get(0),
            management.size() > 1 ? management.get(1) : null),
        partyParent);
    return root;
  }

  private static Link link(Function<String, String> text, String levelKey, Office holder) {
    return holder == null
        ? null
        : new Link(text.apply(levelKey) + ": ", holder.label(), holder.getPerson().getId());
  }

  private static String line(Function<String, String> text, String levelKey, Office holder) {
    return text.apply(levelKey)
        + ": "
        + (holder == null ? text.apply("roles.nobody") : holder.label());
  }
}
