package nl.verbonden.roles.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.verbonden.roles.boundary.MatrixRow;
import nl.verbonden.roles.boundary.RoleService;
import nl.verbonden.roles.entity.MunicipalRole;

/**
 * Rollen &gt; Rolmatrix: every current party (rows) by the four roles (columns) with their holders;
 * conflicts and gaps marked, and counted above the table. The matrix is read once per view.
 */
@Named
@ViewScoped
public class RoleMatrixPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private RoleService service;

  private List<MatrixRow> all;
  private List<MatrixRow> rows;
  private boolean onlyFindings;
  private long conflicts;
  private long withGaps;
  private long notWalkedThrough;

  public void load() {
    all = service.matrix();
    conflicts = all.stream().filter(MatrixRow::isConflict).count();
    notWalkedThrough = all.stream().filter(r -> !r.isWalkedThrough()).count();
    withGaps =
        all.stream()
            .filter(
                r -> r.isWalkedThrough() && r.findings().stream().anyMatch(f -> !f.isConflict()))
            .count();
    filter();
  }

  /** Shows all parties, or only those with a conflict or a gap. */
  public void filter() {
    rows = onlyFindings ? all.stream().filter(MatrixRow::hasFindings).toList() : all;
  }

  public List<MunicipalRole> getRoles() {
    return List.of(MunicipalRole.values());
  }

  public List<MatrixRow> getRows() {
    return rows;
  }

  public int getTotal() {
    return all.size();
  }

  public boolean isOnlyFindings() {
    return onlyFindings;
  }

  public void setOnlyFindings(boolean onlyFindings) {
    this.onlyFindings = onlyFindings;
  }

  public long getConflicts() {
    return conflicts;
  }

  public long getWithGaps() {
    return withGaps;
  }

  public long getNotWalkedThrough() {
    return notWalkedThrough;
  }
}
