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
import nl.verbonden.overviews.control.PdfSignature;
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
  private String signatureResult;
  private boolean signatureValid;
  private List<Integer> years;
  private boolean publicAccess;
  private String tenantCode;

  public void load() {
    published = service.published();
    year = LocalDate.now(clock).getYear();
    years = caller.isRegisseur() ? service.years() : List.of();
    publicAccess = service.isPublic();
    tenantCode = caller.requireTenantCode();
  }

  /** Switches public access to the published overviews (regisseur). */
  public void togglePublic() {
    service.setPublic(!publicAccess);
    publicAccess = !publicAccess;
    Messages.info(publicAccess ? "overviews.public.on" : "overviews.public.off");
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
    OverviewService.FileCheck check = service.verify(content);
    Optional<OverviewListing> match = Optional.ofNullable(check.match());
    checkMatched = match.isPresent();
    checkResult =
        match
            .map(
                m ->
                    Messages.text(
                        "overview.check.match", m.versionNumber(), m.year(), m.publishedBy()))
            .orElseGet(() -> Messages.text("overview.check.noMatch"));
    PdfSignature.Verification signature = check.signature();
    signatureValid = signature.valid() && check.ourCertificate();
    signatureResult =
        !signature.signed()
            ? Messages.text("overview.signature.none")
            : !signature.valid()
                ? Messages.text("overview.signature.invalid")
                : Messages.text(
                    check.ourCertificate()
                        ? "overview.signature.valid"
                        : "overview.signature.otherCertificate",
                    signature.signer(),
                    signature.signedAt() == null
                        ? ""
                        : nl.verbonden.shared.control.DutchFormat.dateTime(signature.signedAt()));
  }

  public List<Integer> getYears() {
    return years;
  }

  public boolean isPublicAccess() {
    return publicAccess;
  }

  /** The public address of the municipality's published overviews (from the context root). */
  public String getPublicPath() {
    return "/openbaar/overzichten/" + tenantCode;
  }

  public String getSignatureResult() {
    return signatureResult;
  }

  public boolean isSignatureValid() {
    return signatureValid;
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
