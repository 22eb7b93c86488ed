package nl.verbonden.register.control;

import java.io.Serializable;
import nl.verbonden.register.entity.BbvGroup;
import nl.verbonden.register.entity.LegalForm;
import nl.verbonden.register.entity.MonitoringRegime;
import nl.verbonden.register.entity.PolicyDomain;

/** What the register list is filtered on; every field left empty filters nothing. */
public class PartyFilter implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Whether a party still takes part (lopend), ended, or either. */
  public enum Status {
    ACTIVE,
    ENDED
  }

  private String text;
  private BbvGroup group;
  private LegalForm legalForm;
  private PolicyDomain domain;
  private MonitoringRegime regime;
  private Boolean verbondenPartij;
  private Status status;
  private boolean overdueOnly;

  /** Text searched in name, seat, KvK number and RSIN; at most 100 characters are used. */
  public String getText() {
    return text;
  }

  public void setText(String text) {
    String stripped = text == null ? "" : text.strip();
    this.text = stripped.isEmpty() ? null : stripped.substring(0, Math.min(stripped.length(), 100));
  }

  public BbvGroup getGroup() {
    return group;
  }

  public void setGroup(BbvGroup group) {
    this.group = group;
  }

  public LegalForm getLegalForm() {
    return legalForm;
  }

  public void setLegalForm(LegalForm legalForm) {
    this.legalForm = legalForm;
  }

  public PolicyDomain getDomain() {
    return domain;
  }

  public void setDomain(PolicyDomain domain) {
    this.domain = domain;
  }

  public MonitoringRegime getRegime() {
    return regime;
  }

  public void setRegime(MonitoringRegime regime) {
    this.regime = regime;
  }

  public Boolean getVerbondenPartij() {
    return verbondenPartij;
  }

  public void setVerbondenPartij(Boolean verbondenPartij) {
    this.verbondenPartij = verbondenPartij;
  }

  public Status getStatus() {
    return status;
  }

  public void setStatus(Status status) {
    this.status = status;
  }

  public boolean isOverdueOnly() {
    return overdueOnly;
  }

  public void setOverdueOnly(boolean overdueOnly) {
    this.overdueOnly = overdueOnly;
  }
}
