package nl.verbonden.roles.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.verbonden.roles.boundary.RoleService;
import nl.verbonden.roles.entity.Finding;
import nl.verbonden.roles.entity.FindingKind;

/**
 * Rollen &gt; Bevindingen: every finding of the role checks over the whole register, conflicts
 * first.
 */
@Named
@ViewScoped
public class FindingsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private RoleService service;

  private List<Finding> all;
  private List<Finding> findings;
  private FindingKind kind;

  public void load() {
    all = service.findings();
    filter();
  }

  public void filter() {
    findings = kind == null ? all : all.stream().filter(f -> f.kind() == kind).toList();
  }

  public List<FindingKind> getKinds() {
    return List.of(FindingKind.values());
  }

  public List<Finding> getFindings() {
    return findings;
  }

  public int getTotal() {
    return all.size();
  }

  public FindingKind getKind() {
    return kind;
  }

  public void setKind(FindingKind kind) {
    this.kind = kind;
  }
}
