package nl.verbonden.register.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.verbonden.register.boundary.PartyService;
import nl.verbonden.tenancy.control.Caller;
import nl.verbonden.tenancy.entity.AppRole;

/**
 * The start page: what the signed-in person can do, with the size of their municipality's register.
 */
@Named
@RequestScoped
public class HomePage {

  @Inject private Caller caller;
  @Inject private PartyService parties;

  private Long partyCount;

  public void load() {
    if (caller.hasRole(AppRole.REGISSEUR)) {
      partyCount = parties.count();
    }
  }

  public Long getPartyCount() {
    return partyCount;
  }
}
