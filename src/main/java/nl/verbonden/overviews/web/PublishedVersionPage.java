package nl.verbonden.overviews.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import nl.verbonden.overviews.boundary.OverviewService;
import nl.verbonden.overviews.control.OverviewSearch;
import nl.verbonden.shared.control.DutchFormat;

/**
 * A published version as the council reads it in the browser ({@code
 * overzichten/versie.xhtml?id=}): rendered from the version's frozen data, not from today's
 * register, with its table of contents, a section per party and search within it ({@code zoek=}).
 */
@Named
@ViewScoped
public class PublishedVersionPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private OverviewService service;

  private Long id;
  private String zoek;
  private OverviewService.PublishedVersion version;
  private List<OverviewSearch.Hit> hits;

  public void load() {
    version = service.version(id);
    hits = OverviewSearch.find(version.data(), zoek);
  }

  /** An amount as the overview prints it; a dash for none. */
  public String money(BigDecimal amount) {
    return amount == null ? "—" : DutchFormat.money(amount);
  }

  public String partyAnchor(int group, int party) {
    return OverviewSearch.partyAnchor(group, party);
  }

  public boolean isSearched() {
    return zoek != null && !zoek.isBlank();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getZoek() {
    return zoek;
  }

  public void setZoek(String zoek) {
    this.zoek = zoek;
  }

  public OverviewService.PublishedVersion getVersion() {
    return version;
  }

  public List<OverviewSearch.Hit> getHits() {
    return hits;
  }
}
