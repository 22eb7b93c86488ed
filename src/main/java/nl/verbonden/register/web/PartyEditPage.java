package nl.verbonden.register.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.verbonden.register.boundary.PartyService;
import nl.verbonden.register.entity.LegalForm;
import nl.verbonden.register.entity.Party;
import nl.verbonden.register.entity.PolicyDomain;
import nl.verbonden.shared.web.Messages;

/**
 * Register &gt; Partij bewerken: a new party, or the general data, belang and end of an existing
 * one.
 */
@Named
@ViewScoped
public class PartyEditPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PartyService service;

  private Long id;
  private Party party;

  public void load() {
    party = id == null ? new Party() : service.find(id);
  }

  public String save() {
    boolean isNew = party.isNew();
    party = isNew ? service.create(party) : service.update(party);
    Messages.info(isNew ? "party.created" : "party.saved", party.getName());
    return "party?faces-redirect=true&id=" + party.getId();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Party getParty() {
    return party;
  }

  public LegalForm[] getLegalForms() {
    return LegalForm.values();
  }

  public PolicyDomain[] getDomains() {
    return PolicyDomain.values();
  }
}
