package nl.verbonden.quadrants.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.verbonden.quadrants.boundary.QuadrantService;
import nl.verbonden.quadrants.entity.Position;
import nl.verbonden.quadrants.entity.Quadrant;
import nl.verbonden.register.entity.BbvGroup;
import nl.verbonden.register.entity.MonitoringRegime;
import nl.verbonden.register.entity.PartyRef;
import nl.verbonden.register.entity.PolicyDomain;
import nl.verbonden.shared.web.LocaleSelection;
import nl.verbonden.shared.web.Messages;
import org.primefaces.event.ItemSelectEvent;

/**
 * Kwadranten: the matrix of a year as a bubble chart and as a table, filtered on domain and group,
 * coloured by BBV group or monitoring regime, with targets and one relation's path on request. A
 * click on a bubble opens the relation's position.
 */
@Named
@ViewScoped
public class QuadrantPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Clock clock;

  @Inject private QuadrantService service;
  @Inject private LocaleSelection language;

  private List<Integer> years;
  private int year;
  private PolicyDomain domain;
  private BbvGroup group;
  private String colourBy = "groep";
  private boolean showTargets = true;
  private Long pathPartyId;
  private List<Position> positions;
  private QuadrantChart.Chart chart;
  private List<PartyRef> partyChoices;

  public void load() {
    years = service.years();
    year = LocalDate.now(clock).getYear();
    refresh();
  }

  public void refresh() {
    positions = service.positions(year, domain, group);
    partyChoices = positions.stream().map(p -> new PartyRef(p.partyId(), p.partyName())).toList();
    List<Position> path = pathPartyId == null ? List.of() : service.path(pathPartyId);
    chart =
        QuadrantChart.of(
            positions,
            this::colour,
            showTargets,
            path,
            key -> Messages.text(language.getLocale(), key));
  }

  public void record() {
    int recorded = service.recordCurrentYear();
    Messages.info("quadrants.recorded", recorded, LocalDate.now(clock).getYear());
    years = service.years();
    refresh();
  }

  /** A click on a bubble (or a target line, or the path) opens that relation's position. */
  public void select(ItemSelectEvent event) throws IOException {
    Long party = chart.datasetParties().get(event.getDataSetIndex());
    if (party != null) {
      FacesContext context = FacesContext.getCurrentInstance();
      context
          .getExternalContext()
          .redirect(
              context.getExternalContext().getRequestContextPath()
                  + "/kwadranten/positie.xhtml?partij="
                  + party
                  + "&jaar="
                  + year);
    }
  }

  /** The colour index of a position: its BBV group, or its regime (none last). */
  private int colour(Position p) {
    if ("regime".equals(colourBy)) {
      return p.regime() == null ? 5 : p.regime().ordinal();
    }
    return p.group().ordinal();
  }

  public List<?> getLegend() {
    return "regime".equals(colourBy)
        ? List.of(MonitoringRegime.values())
        : List.of(BbvGroup.values());
  }

  public List<PartyRef> getPartyChoices() {
    return partyChoices;
  }

  public List<Quadrant> getQuadrants() {
    return List.of(Quadrant.values());
  }

  public long count(Quadrant quadrant) {
    return positions.stream().filter(p -> p.quadrant() == quadrant).count();
  }

  public boolean isCurrentYear() {
    return year == LocalDate.now(clock).getYear();
  }

  public List<Integer> getYears() {
    return years;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public PolicyDomain getDomain() {
    return domain;
  }

  public void setDomain(PolicyDomain domain) {
    this.domain = domain;
  }

  public List<PolicyDomain> getDomains() {
    return List.of(PolicyDomain.values());
  }

  public BbvGroup getGroup() {
    return group;
  }

  public void setGroup(BbvGroup group) {
    this.group = group;
  }

  public List<BbvGroup> getGroups() {
    return List.of(BbvGroup.values());
  }

  public String getColourBy() {
    return colourBy;
  }

  public void setColourBy(String colourBy) {
    this.colourBy = colourBy;
  }

  public boolean isShowTargets() {
    return showTargets;
  }

  public void setShowTargets(boolean showTargets) {
    this.showTargets = showTargets;
  }

  public Long getPathPartyId() {
    return pathPartyId;
  }

  public void setPathPartyId(Long pathPartyId) {
    this.pathPartyId = pathPartyId;
  }

  public List<Position> getPositions() {
    return positions;
  }

  public String getChartJson() {
    return chart.json();
  }
}
