package nl.verbonden.positioning.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyOrderStrategy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.verbonden.overviews.control.OverviewPdf;
import nl.verbonden.overviews.control.RenderSlots;
import nl.verbonden.positioning.control.AdviceData;
import nl.verbonden.positioning.control.AdviceHtml;
import nl.verbonden.positioning.control.AdviceSnapshot;
import nl.verbonden.positioning.entity.AdviceListing;
import nl.verbonden.positioning.entity.PositioningQuestion;
import nl.verbonden.positioning.entity.PublishedAdvice;
import nl.verbonden.shared.control.DutchFormat;
import nl.verbonden.shared.control.Entities;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.tenancy.control.Caller;
import nl.verbonden.tenancy.control.TenantScope;
import nl.verbonden.tenancy.entity.AppRole;

/**
 * The advice of a positioning question, through the governance overview's pipeline: the data are
 * read in a short transaction, the PDF is laid out in a render slot outside any transaction, and a
 * publication is stored in a second short transaction as an immutable version with the SHA-256 of
 * its data and PDF. Regisseurs draft and publish; council members read the published versions.
 */
@Stateless
@Interceptors(TenantScope.class)
public class AdviceService {

  @Inject private Clock clock;
  @PersistenceContext private EntityManager em;
  @Inject private Caller caller;
  @Inject private RenderSlots slots;
  @Resource private SessionContext context;

  /** The draft advice as XHTML (the preview). */
  @RolesAllowed(AppRole.Names.REGISSEUR)
  public String draftHtml(Long questionId) {
    AdviceData data = data(question(questionId));
    return AdviceHtml.render(
        data, new AdviceHtml.Meta("concept", null, null, OverviewPdf.sha256(json(data))));
  }

  /** The draft advice as PDF, laid out outside any transaction. */
  @RolesAllowed(AppRole.Names.REGISSEUR)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public byte[] draftPdf(Long questionId) {
    String html = self().draftHtml(questionId);
    return slots.pdf(person(), html);
  }

  /**
   * Publishes the advice as the question's next version.
   *
   * @throws DomainException {@code verbonden.overview.publishedMeanwhile} when another version was
   *     published while this one was laid out
   */
  @RolesAllowed(AppRole.Names.REGISSEUR)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public AdviceListing publish(Long questionId) {
    Publication p = self().prepare(questionId);
    byte[] pdf = slots.pdf(person(), p.html());
    return self().store(p, pdf);
  }

  /** The first step of {@link #publish}: reads the data (in a transaction). */
  @RolesAllowed(AppRole.Names.REGISSEUR)
  public Publication prepare(Long questionId) {
    PositioningQuestion q = question(questionId);
    int version = next(questionId);
    AdviceData data = data(q);
    String json = json(data);
    String hash = OverviewPdf.sha256(json);
    String html =
        AdviceHtml.render(
            data,
            new AdviceHtml.Meta(
                "gepubliceerd", version, DutchFormat.dateTime(java.time.Instant.now(clock)), hash));
    return new Publication(questionId, version, json, hash, html);
  }

  /** The last step of {@link #publish}: stores the version (in a transaction). */
  @RolesAllowed(AppRole.Names.REGISSEUR)
  public AdviceListing store(Publication p, byte[] pdf) {
    if (next(p.questionId()) != p.version()) {
      throw new DomainException("verbonden.overview.publishedMeanwhile", null);
    }
    PublishedAdvice advice =
        new PublishedAdvice(
            question(p.questionId()),
            p.version(),
            p.json(),
            p.dataHash(),
            pdf,
            OverviewPdf.sha256(pdf));
    em.persist(advice);
    Entities.flush(em, PublishedAdvice.class, null);
    return new AdviceListing(
        advice.getId(),
        p.questionId(),
        advice.getTitle(),
        advice.getVersionNumber(),
        advice.getCreatedBy(),
        advice.getCreatedAt(),
        advice.getPdfSha256());
  }

  /** Every published advice of the caller's municipality, newest first. */
  @RolesAllowed({AppRole.Names.REGISSEUR, AppRole.Names.RAADSLID})
  public List<AdviceListing> published() {
    return em.createNamedQuery(PublishedAdvice.ALL, AdviceListing.class).getResultList();
  }

  /**
   * @throws nl.verbonden.shared.entity.NotFoundException when the caller's municipality has no such
   *     version
   */
  @RolesAllowed({AppRole.Names.REGISSEUR, AppRole.Names.RAADSLID})
  public byte[] pdf(Long id) {
    return Entities.findOrThrow(em, PublishedAdvice.class, id).getPdf();
  }

  private int next(Long questionId) {
    Integer last =
        em.createNamedQuery(PublishedAdvice.LAST_VERSION, Integer.class)
            .setParameter("question", questionId)
            .getSingleResult();
    return last == null ? 1 : last + 1;
  }

  private PositioningQuestion question(Long id) {
    return PositioningService.loaded(Entities.findOrThrow(em, PositioningQuestion.class, id));
  }

  private AdviceData data(PositioningQuestion q) {
    return AdviceSnapshot.of(
        q, caller.requireTenantCode(), caller.getTenantName(), LocalDate.now(clock));
  }

  private AdviceService self() {
    return context.getBusinessObject(AdviceService.class);
  }

  private String person() {
    return context.getCallerPrincipal().getName();
  }

  /** The data as canonical JSON (properties in alphabetical order), as the overview's. */
  static String json(AdviceData data) {
    try (Jsonb jsonb =
        JsonbBuilder.create(
            new JsonbConfig().withPropertyOrderStrategy(PropertyOrderStrategy.LEXICOGRAPHICAL))) {
      return jsonb.toJson(data);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot write the advice's data as JSON", e);
    }
  }

  /** An advice about to be published. */
  public record Publication(Long questionId, int version, String json, String dataHash, String html)
      implements java.io.Serializable {}
}
