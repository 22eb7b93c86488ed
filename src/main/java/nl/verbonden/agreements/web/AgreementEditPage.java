package nl.verbonden.agreements.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.verbonden.agreements.boundary.AgreementService;
import nl.verbonden.agreements.entity.Agreement;
import nl.verbonden.agreements.entity.AgreementStatus;
import nl.verbonden.agreements.entity.Frequency;
import nl.verbonden.agreements.entity.SteeringInstrument;
import nl.verbonden.register.boundary.PartyService;
import nl.verbonden.register.entity.PartyRef;
import nl.verbonden.shared.web.Messages;

/**
 * DVO's &gt; Overeenkomst bewerken: a new agreement with a party, or the changes of an existing
 * one.
 */
@Named
@ViewScoped
public class AgreementEditPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AgreementService service;
  @Inject private PartyService parties;

  private Long id;
  private Long partyId;
  private Agreement agreement;
  private List<PartyRef> partyChoices;

  public void load() {
    if (id == null) {
      agreement = new Agreement();
      partyChoices = parties.choices();
    } else {
      agreement = service.find(id);
      partyId = agreement.getParty().getId();
    }
  }

  public String save() {
    Agreement saved = id == null ? service.create(partyId, agreement) : service.update(agreement);
    Messages.info("agreement.saved", saved.getTitle());
    return "/dvo/agreement?faces-redirect=true&id=" + saved.getId();
  }

  public List<AgreementStatus> getStatuses() {
    return List.of(AgreementStatus.CONCEPT, AgreementStatus.ACTIEF, AgreementStatus.BEEINDIGD);
  }

  public List<SteeringInstrument> getInstruments() {
    return List.of(SteeringInstrument.values());
  }

  public List<Frequency> getFrequencies() {
    return List.of(Frequency.values());
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getPartyId() {
    return partyId;
  }

  public void setPartyId(Long partyId) {
    this.partyId = partyId;
  }

  public Agreement getAgreement() {
    return agreement;
  }

  public List<PartyRef> getPartyChoices() {
    return partyChoices;
  }
}
