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
import nl.verbonden.overviews.control.OverviewDiff;
import nl.verbonden.overviews.control.OverviewHtml;
import nl.verbonden.overviews.control.OverviewJson;
import nl.verbonden.overviews.control.OverviewOpenData;
import nl.verbonden.overviews.control.OverviewPdf;
import nl.verbonden.overviews.control.OverviewSigner;
import nl.verbonden.overviews.control.PdfSignature;
import nl.verbonden.overviews.control.RenderSlots;
import nl.verbonden.overviews.entity.OverviewAccess;
import nl.verbonden.overviews.entity.OverviewListing;
import nl.verbonden.overviews.entity.PublishedOverview;
import nl.verbonden.quadrants.boundary.QuadrantService;
import nl.verbonden.quadrants.control.QuadrantImage;
import nl.verbonden.shared.control.DutchFormat;
import nl.verbonden.shared.control.Entities;
import nl.verbonden.shared.control.MessageBundle;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.NotFoundException;
import nl.verbonden.tenancy.control.AccountDirectory;
import nl.verbonden.tenancy.control.Caller;
import nl.verbonden.tenancy.control.HistoryAuthor;
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
  @Inject private OverviewSigner signer;
  @Inject private Caller caller;
  @Inject private HistoryAuthor author;
  @Inject private AccountDirectory accounts;
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
    byte[] pdf =
        signer.sign(
            slots.pdf(person(), publication.html()),
            caller.requireTenantCode(),
            caller.getTenantName(),
            year,
            publication.version());
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
            publication.reason(),
            author.name());
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
    return named(em.createNamedQuery(PublishedOverview.ALL, OverviewListing.class).getResultList());
  }

  /**
   * The listings with the publisher's name: a version published before names were kept with it
   * shows its publisher's current account name instead of the login name.
   */
  private List<OverviewListing> named(List<OverviewListing> listings) {
    java.util.Set<String> logins = new java.util.HashSet<>();
    for (OverviewListing o : listings) {
      if (o.publishedBy() != null && LOGIN.matcher(o.publishedBy()).matches()) {
        logins.add(o.publishedBy());
      }
    }
    java.util.Map<String, String> names = accounts.displayNames(logins);
    if (names.isEmpty()) {
      return listings;
    }
    return listings.stream()
        .map(
            o ->
                names.containsKey(o.publishedBy())
                    ? new OverviewListing(
                        o.id(),
                        o.year(),
                        o.versionNumber(),
                        names.get(o.publishedBy()),
                        o.publishedAt(),
                        o.pdfSha256(),
                        o.dataSha256(),
                        o.replacesVersion(),
                        o.replacementNote())
                    : o)
        .toList();
  }

  /** A login name as accounts have them (display names have spaces). */
  private static final java.util.regex.Pattern LOGIN =
      java.util.regex.Pattern.compile("[A-Za-z0-9._@-]+");

  /**
   * The years a regisseur can draft and publish: every year with figures, quadrant positions or a
   * published version, and the current year, newest first.
   */
  @RolesAllowed(AppRole.Names.REGISSEUR)
  public List<Integer> years() {
    java.util.TreeSet<Integer> years = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
    years.add(java.time.LocalDate.now(clock).getYear());
    years.addAll(
        em.createQuery("select distinct f.year from YearFigures f", Integer.class).getResultList());
    years.addAll(
        em.createQuery("select distinct p.year from RelationPosition p", Integer.class)
            .getResultList());
    years.addAll(em.createNamedQuery(PublishedOverview.YEARS, Integer.class).getResultList());
    return List.copyOf(years);
  }

  /**
   * A published version as the council reads it: its listing, the data it was made from (frozen,
   * not today's register), and the versions it can be compared with.
   *
   * @throws NotFoundException when there is no such version in the caller's municipality
   */
  @RolesAllowed({AppRole.Names.REGISSEUR, AppRole.Names.RAADSLID})
  public PublishedVersion version(Long id) {
    PublishedOverview overview = Entities.findOrThrow(em, PublishedOverview.class, id);
    OverviewListing listing = named(List.of(listing(overview))).get(0);
    return new PublishedVersion(
        listing, OverviewJson.read(overview.getDataJson()), comparable(overview));
  }

  /**
   * The versions a version can be compared with: the earlier versions of its year, newest first,
   * then the last version of the year before.
   */
  private List<OverviewListing> comparable(PublishedOverview overview) {
    List<OverviewListing> earlier = new java.util.ArrayList<>();
    for (OverviewListing o :
        em.createNamedQuery(PublishedOverview.OF_YEAR, OverviewListing.class)
            .setParameter("year", overview.getYear())
            .getResultList()) {
      if (o.versionNumber() < overview.getVersionNumber()) {
        earlier.add(o);
      }
    }
    em.createNamedQuery(PublishedOverview.OF_YEAR, OverviewListing.class)
        .setParameter("year", overview.getYear() - 1)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .ifPresent(earlier::add);
    return named(earlier);
  }

  /**
   * What changed from {@code baseId} to {@code id}, computed on their frozen data; without a base,
   * from the first version {@link #version} offers (the previous version of the year, or else the
   * last of the year before). No base at all gives no changes and no base.
   *
   * @throws NotFoundException when either version is not one of the caller's municipality
   */
  @RolesAllowed({AppRole.Names.REGISSEUR, AppRole.Names.RAADSLID})
  public Comparison compare(Long id, Long baseId) {
    PublishedVersion version = version(id);
    Long base =
        baseId != null
            ? baseId
            : version.comparable().isEmpty() ? null : version.comparable().get(0).id();
    if (base == null) {
      return new Comparison(version.listing(), null, version.comparable(), List.of());
    }
    PublishedOverview other = Entities.findOrThrow(em, PublishedOverview.class, base);
    return new Comparison(
        version.listing(),
        named(List.of(listing(other))).get(0),
        version.comparable(),
        OverviewDiff.between(OverviewJson.read(other.getDataJson()), version.data()));
  }

  /** The paragraaf verbonden partijen of a published version as CSV, from its frozen data. */
  @RolesAllowed({AppRole.Names.REGISSEUR, AppRole.Names.RAADSLID})
  public byte[] csv(Long id) {
    return OverviewOpenData.csv(
        OverviewJson.read(Entities.findOrThrow(em, PublishedOverview.class, id).getDataJson()));
  }

  /** The year and version of a published version (for file names). */
  @RolesAllowed({AppRole.Names.REGISSEUR, AppRole.Names.RAADSLID})
  public OverviewListing listingOf(Long id) {
    return listing(Entities.findOrThrow(em, PublishedOverview.class, id));
  }

  /** Whether the caller's municipality has its published overviews public. */
  @RolesAllowed({AppRole.Names.REGISSEUR, AppRole.Names.RAADSLID})
  public boolean isPublic() {
    return em.createNamedQuery(OverviewAccess.CURRENT, OverviewAccess.class)
        .getResultStream()
        .findFirst()
        .map(OverviewAccess::isPublicAccess)
        .orElse(false);
  }

  /** Switches public access to the caller's municipality's published overviews on or off. */
  @RolesAllowed(AppRole.Names.REGISSEUR)
  public void setPublic(boolean open) {
    java.util.Optional<OverviewAccess> access =
        em.createNamedQuery(OverviewAccess.CURRENT, OverviewAccess.class)
            .getResultStream()
            .findFirst();
    if (access.isPresent()) {
      access.get().setPublicAccess(open);
    } else {
      em.persist(new OverviewAccess(open));
    }
    em.flush();
  }

  /**
   * A file checked: which published version of the caller's municipality it is (by its SHA-256),
   * and what its digital signature says, and whether the signature is this municipality's.
   */
  @RolesAllowed({AppRole.Names.REGISSEUR, AppRole.Names.RAADSLID})
  public FileCheck verify(@NotNull byte[] file) {
    Optional<OverviewListing> match = check(file).map(o -> named(List.of(o)).get(0));
    PdfSignature.Verification signature = PdfSignature.verify(file);
    boolean ours =
        signature.valid()
            && signer
                .certificateSha256(caller.requireTenantCode())
                .equals(signature.certificateSha256());
    return new FileCheck(match.orElse(null), signature, ours);
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
            800,
            year);
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
        o.getPublishedBy(),
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

  /** A published version with its frozen data and the versions it can be compared with. */
  public record PublishedVersion(
      OverviewListing listing, OverviewData data, List<OverviewListing> comparable)
      implements java.io.Serializable {}

  /** What changed from {@code base} (null: nothing to compare with) to {@code version}. */
  public record Comparison(
      OverviewListing version,
      OverviewListing base,
      List<OverviewListing> comparable,
      List<OverviewDiff.Change> changes)
      implements java.io.Serializable {}

  /**
   * A checked file: the published version it is (null: none of this municipality), its signature,
   * and whether that was made with this municipality's certificate.
   */
  public record FileCheck(
      OverviewListing match, PdfSignature.Verification signature, boolean ourCertificate)
      implements java.io.Serializable {}

  /** A generated overview: its XHTML, its PDF and the SHA-256 of its data. */
  public record Rendered(String html, byte[] pdf) implements java.io.Serializable {}
}
