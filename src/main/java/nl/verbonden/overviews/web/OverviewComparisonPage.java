package nl.verbonden.overviews.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.verbonden.overviews.boundary.OverviewService;
import nl.verbonden.overviews.control.OverviewDiff;
import nl.verbonden.shared.control.DutchFormat;
import nl.verbonden.shared.web.Messages;

/**
 * "Wat is er veranderd" ({@code overzichten/verschil.xhtml?id=&met=}): a published version against
 * an earlier one of its year or the last one of the year before (by default the one just before
 * it), computed on their frozen data, per kind of change.
 */
@Named
@ViewScoped
public class OverviewComparisonPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private OverviewService service;

  private Long id;
  private Long met;
  private OverviewService.Comparison comparison;
  private List<Group> groups;

  /** The changes of one kind. */
  public record Group(OverviewDiff.Kind kind, List<OverviewDiff.Change> changes)
      implements Serializable {}

  public void load() {
    comparison = service.compare(id, met);
    Map<OverviewDiff.Kind, List<OverviewDiff.Change>> byKind =
        new EnumMap<>(OverviewDiff.Kind.class);
    for (OverviewDiff.Change change : comparison.changes()) {
      byKind.computeIfAbsent(change.kind(), k -> new ArrayList<>()).add(change);
    }
    groups = new ArrayList<>();
    byKind.forEach((kind, changes) -> groups.add(new Group(kind, changes)));
  }

  /** Which versions are compared, in a sentence. */
  public String getDescription() {
    if (comparison.base() == null) {
      return Messages.text("overviews.diff.nothing");
    }
    return Messages.text(
        "overviews.diff.between",
        comparison.version().versionNumber(),
        comparison.version().year(),
        comparison.base().versionNumber(),
        comparison.base().year());
  }

  /** A difference with its sign: + € 1.250,00, € -300,00; empty for none. */
  public String difference(BigDecimal amount) {
    if (amount == null) {
      return "";
    }
    return amount.signum() > 0 ? "+ " + DutchFormat.money(amount) : DutchFormat.money(amount);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getMet() {
    return met;
  }

  public void setMet(Long met) {
    this.met = met;
  }

  public OverviewService.Comparison getComparison() {
    return comparison;
  }

  public List<Group> getGroups() {
    return groups;
  }
}
