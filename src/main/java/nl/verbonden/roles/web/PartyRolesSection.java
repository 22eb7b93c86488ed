package nl.verbonden.roles.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.verbonden.roles.boundary.PartyRoles;
import nl.verbonden.roles.boundary.RoleService;
import nl.verbonden.roles.entity.MunicipalRole;
import nl.verbonden.shared.web.LocaleSelection;
import nl.verbonden.shared.web.Messages;
import nl.verbonden.tenancy.control.Caller;
import org.primefaces.model.OrganigramNode;

/**
 * The roles section of the party page: the roles component contributes it to the register's page
 * (the register sits below roles in the component graph and does not know them). The page loads it
 * after the party, with the same id.
 */
@Named("partyRoles")
@ViewScoped
public class PartyRolesSection implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final List<MunicipalRole> ROLES = List.of(MunicipalRole.values());

  @Inject private RoleService service;
  @Inject private Caller caller;
  @Inject private LocaleSelection language;

  private PartyRoles roles;
  private OrganigramNode organigram;

  /** Loads the roles of the party (after the party page has loaded and checked it). */
  public void load(Long partyId) {
    roles = service.roles(partyId);
    organigram =
        RoleOrganigram.of(
            roles, caller.getTenantName(), key -> Messages.text(language.getLocale(), key));
  }

  public PartyRoles getRoles() {
    return roles;
  }

  public List<MunicipalRole> getMunicipalRoles() {
    return ROLES;
  }

  public OrganigramNode getOrganigram() {
    return organigram;
  }
}
