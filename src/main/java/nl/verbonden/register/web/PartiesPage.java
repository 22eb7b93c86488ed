package nl.verbonden.register.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.verbonden.register.boundary.PartyService;
import nl.verbonden.register.entity.Party;

/** Register: the parties of the caller's municipality. */
@Named
@ViewScoped
public class PartiesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PartyService service;

  private List<Party> parties;

  public void load() {
    parties = service.list();
  }

  public List<Party> getParties() {
    return parties;
  }
}
