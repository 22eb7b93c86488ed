package nl.verbonden.overviews.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import nl.verbonden.overviews.control.OverviewData;
import nl.verbonden.overviews.control.OverviewHtml;
import nl.verbonden.overviews.control.OverviewPdf;
import nl.verbonden.overviews.control.RenderSlots;
import nl.verbonden.overviews.entity.OverviewListing;
import nl.verbonden.overviews.entity.PublishedOverview;
import nl.verbonden.quadrants.boundary.QuadrantService;
import nl.verbonden.quadrants.control.QuadrantImage;
import nl.verbonden.shared.control.DutchFormat;
import nl.verbonden.shared.control.Entities;
import nl.verbonden.shared.control.MessageBundle;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.NotFoundException;
import nl.verbonden.tenancy.control.TenantScope;
import nl.verbonden.tenancy.entity.AppRole;

/**
 * Governance overviews of the caller's municipality: drafts generated at will by its regisseurs,
 * published as immutable versions (the PDF and the data it was made from, each with its SHA-256),
 * read and checked by its council members.
 *
 * <p>Laying out a PDF waits for a render slot ({@link RenderSlots}) and takes seconds: it happens
 * outside any transaction, so that no database connection is held meanwhile. The methods that make
 * a PDF run without a transaction and read and write in short transactions of their own (through
 * {@link #self()}).
 */
@Stateless
@Interceptors(TenantScope.class)
public class OverviewService {

  @Inject private java.time.Clock clock;

  @PersistenceContext private EntityManager em;
  @Inject private OverviewSnapshot snapshot;
  @Inject private QuadrantService quadrants;
  @Inject private RenderSlots slots;
  @Resource private SessionContext context;

  /**
   * A draft of a year as XHTML and PDF. Nothing is stored. The data are read in a transaction of
   * their own; the PDF is laid out after it, outside any transaction.
   *
   * @throws DomainException {@code verbonden.overview.busy} when other overviews kept the PDF slots
   *     busy too long; {@code verbonden.overview.alreadyYours} when the caller already has an
   *     overview being made
   */
  @RolesAllowed(AppRole.Names.REGISSEUR)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Rendered draft(int year) {
    String html = self().draftHtml(year);
    return new Rendered(html, slots.pdf(person(), html));
  }

  /** A draft of a year as XHTML only (the page's preview): no PDF is laid out. */
  @RolesAllowed(AppRole.Names.REGISSEUR)
  public String draftHtml(int year) {
    OverviewData data = snapshot.take(year);
    String dataHash = OverviewPdf.sha256(json(data));
    return OverviewHtml.render(
        data, new OverviewHtml.Meta("concept", null, null, dataHash, chart(year)));
  }

  /**
   * Publishes the overview of a year as its next version: the data and the PDF are frozen with
   * their SHA-256. A version that replaces an earlier one says which and why. The data are read in
   * one short transaction, the PDF is laid out outside any transaction, and the version is stored
   * in a second short transaction.
   *
   * @throws DomainException when the replaced version does not exist or the reason is missing or
   *     too long; {@code verbonden.overview.publishedMeanwhile} when another version of the year
   *     was published while this one was laid out
   */
  @RolesAllowed(AppRole.Names.REGISSEUR)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public OverviewListing publish(int year, Integer replaces, String note) {
    Publication publication = self().preparePublication(year, replaces, note);
    byte[] pdf = slots.pdf(person(), publication.html());
    return self().store(publication, pdf);
  }

  /**
   * The first step of {@link #publish}: checks the request and reads the data (in a transaction).
   */
  @RolesAllowed(AppRole.Names.REGISSEUR)
  public Publication preparePublication(int year, Integer replaces, String note) {
    Integer last = lastVersion(year);
    int version = last == null ? 1 : last + 1;
    String reason = note == null || note.isBlank() ? null : note.strip();
    if (replaces != null) {
      if (last == null || replaces < 1 || replaces > last) {
        throw new DomainException("verbonden.overview.noSuchVersion", "vervangt", replaces);
      }
      if (reason == null) {
        throw new DomainException("verbonden.overview.reasonRequired", "reden");
      }
    }
    if (reason != null && reason.length() > 2000) {
      throw new DomainException("validation.tooLong", "reden", 2000);
    }
    OverviewData data = snapshot.take(year);
    String json = json(data);
    String dataHash = OverviewPdf.sha256(json);
    String published = DutchFormat.dateTime(java.time.Instant.now(clock));
    String html =
        OverviewHtml.render(
            data, new OverviewHtml.Meta("gepubliceerd", version, published, dataHash, chart(year)));
    return new Publication(year, version, json, dataHash, html, replaces, reason);
  }

  /**
   * The last step of {@link #publish}: stores the version with its PDF (in a transaction), unless
   * another version of the year was published meanwhile.
   */
  @RolesAllowed(AppRole.Names.REGISSEUR)
  public OverviewListing store(Publication publication, byte[] pdf) {
    Integer last = lastVersion(publication.year());
    if ((last == null ? 0 : last) != publication.version() - 1) {
      throw new DomainException("verbonden.overview.publishedMeanwhile", null);
    }
    PublishedOverview overview =
        new PublishedOverview(
            publication.year(),
            publication.version(),
            publication.json(),
            publication.dataHash(),
            pdf,
            OverviewPdf.sha256(pdf),
            publication.replaces(),
            publication.reason());
    em.persist(overview);
    Entities.flush(em, PublishedOverview.class, null);
    return listing(overview);
  }

  private Integer lastVersion(int year) {
    return em.createNamedQuery(PublishedOverview.LAST_VERSION, Integer.class)
        .setParameter("year", year)
        .getSingleResult();
  }

  /** This bean through the container, so that a call gets its own transaction. */
  private OverviewService self() {
    return context.getBusinessObject(OverviewService.class);
  }

  private String person() {
    return context.getCallerPrincipal().getName();
  }

  /** Every published version of the caller's municipality, newest first. */
  @RolesAllowed({AppRole.Names.REGISSEUR, AppRole.Names.RAADSLID})
  public List<OverviewListing> published() {
    return em.createNamedQuery(PublishedOverview.ALL, OverviewListing.class).getResultList();
  }

  /**
   * @throws NotFoundException when there is no such version in the caller's municipality
   */
  @RolesAllowed({AppRole.Names.REGISSEUR, AppRole.Names.RAADSLID})
  public byte[] pdf(Long id) {
    return Entities.findOrThrow(em, PublishedOverview.class, id).getPdf();
  }

  /** The frozen data of a published version, as published. */
  @RolesAllowed({AppRole.Names.REGISSEUR, AppRole.Names.RAADSLID})
  public String data(Long id) {
    return Entities.findOrThrow(em, PublishedOverview.class, id).getDataJson();
  }

  /** Which published version of the caller's municipality a PDF file is, if it is one unaltered. */
  @RolesAllowed({AppRole.Names.REGISSEUR, AppRole.Names.RAADSLID})
  public Optional<OverviewListing> check(@NotNull byte[] file) {
    return em.createNamedQuery(PublishedOverview.BY_PDF_HASH, OverviewListing.class)
        .setParameter("hash", OverviewPdf.sha256(file))
        .getResultStream()
        .findFirst();
  }

  private String chart(int year) {
    byte[] png =
        QuadrantImage.png(
            quadrants.positions(year, null, null),
            key -> MessageBundle.text(MessageBundle.DUTCH, key),
            1000,
            800);
    return Base64.getEncoder().encodeToString(png);
  }

  /**
   * The data as canonical JSON: properties in alphabetical order, so that the same data always hash
   * the same.
   */
  static String json(OverviewData data) {
    return nl.verbonden.overviews.control.OverviewJson.write(data);
  }

  private static OverviewListing listing(PublishedOverview o) {
    return new OverviewListing(
        o.getId(),
        o.getYear(),
        o.getVersionNumber(),
        o.getCreatedBy(),
        o.getCreatedAt(),
        o.getPdfSha256(),
        o.getDataSha256(),
        o.getReplacesVersion(),
        o.getReplacementNote());
  }

  /** A version about to be published: its data, their SHA-256 and its XHTML. */
  public record Publication(
      int year,
      int version,
      String json,
      String dataHash,
      String html,
      Integer replaces,
      String reason)
      implements java.io.Serializable {}

  /** A generated overview: its XHTML, its PDF and the SHA-256 of its data. */
  public record Rendered(String html, byte[] pdf) implements java.io.Serializable {}
}
