package nl.verbonden.attention.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.verbonden.attention.boundary.AttentionService;
import nl.verbonden.attention.entity.Attention;
import nl.verbonden.tenancy.control.Caller;
import nl.verbonden.tenancy.entity.AppRole;

/** The start page's "what needs attention", for the signed-in person's role. */
@Named
@RequestScoped
public class AttentionPage {

  @Inject private Caller caller;
  @Inject private AttentionService service;

  private Attention attention;

  public void load() {
    if (caller.hasRole(AppRole.REGISSEUR)) {
      attention = service.forRegisseur();
    } else if (caller.hasRole(AppRole.RAADSLID)) {
      attention = service.forRaadslid();
    } else if (caller.hasRole(AppRole.BEHEERDER)) {
      attention = service.forBeheerder();
    }
  }

  public Attention getAttention() {
    return attention;
  }
}
