package nl.verbonden.overviews.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.verbonden.overviews.boundary.OverviewService;
import nl.verbonden.overviews.entity.OverviewListing;
import nl.verbonden.shared.web.Messages;
import nl.verbonden.tenancy.control.Caller;
import org.primefaces.event.FileUploadEvent;

/**
 * Overzichten: the published governance overviews of the municipality (council members read and
 * download them), the regisseur's draft and publication, and the check whether a PDF is an
 * unaltered published version.
 */
@Named
@ViewScoped
public class OverviewsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Clock clock;

  @Inject private OverviewService service;
  @Inject private Caller caller;

  private List<OverviewListing> published;
  private int year;
  private Integer replaces;
  private String reason;
  private String checkResult;
  private boolean checkMatched;

  public void load() {
    published = service.published();
    year = LocalDate.now(clock).getYear();
  }

  public void publish() {
    OverviewListing listing = service.publish(year, replaces, reason);
    Messages.info("overview.published", listing.year(), listing.versionNumber());
    replaces = null;
    reason = null;
    published = service.published();
  }

  public void check(FileUploadEvent event) {
    byte[] content = event.getFile() == null ? new byte[0] : event.getFile().getContent();
    Optional<OverviewListing> match = service.check(content);
    checkMatched = match.isPresent();
    checkResult =
        match
            .map(
                m ->
                    Messages.text(
                        "overview.check.match", m.versionNumber(), m.year(), m.publishedBy()))
            .orElseGet(() -> Messages.text("overview.check.noMatch"));
  }

  public List<Integer> getYears() {
    int now = LocalDate.now(clock).getYear();
    return List.of(now, now - 1, now - 2);
  }

  public boolean isRegisseur() {
    return caller.isRegisseur();
  }

  public List<OverviewListing> getPublished() {
    return published;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public Integer getReplaces() {
    return replaces;
  }

  public void setReplaces(Integer replaces) {
    this.replaces = replaces;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getCheckResult() {
    return checkResult;
  }

  public boolean isCheckMatched() {
    return checkMatched;
  }
}
