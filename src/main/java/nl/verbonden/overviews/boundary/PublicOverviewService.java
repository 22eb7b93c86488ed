package nl.verbonden.overviews.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.verbonden.overviews.control.OverviewJson;
import nl.verbonden.overviews.control.OverviewOpenData;
import nl.verbonden.overviews.entity.OverviewAccess;
import nl.verbonden.overviews.entity.OverviewListing;
import nl.verbonden.overviews.entity.PublishedOverview;
import nl.verbonden.shared.entity.NotFoundException;
import nl.verbonden.shared.entity.TenantOwnedEntity;
import nl.verbonden.tenancy.entity.CbsCode;
import nl.verbonden.tenancy.entity.Tenant;

/**
 * The published overviews of a municipality that switched public access on, for anyone, without
 * login (Wet open overheid): the list of its published versions and each version's PDF, JSON and
 * CSV, exactly as published. Nothing else is public: a municipality that does not exist, is not
 * active or has public access off answers as if it had nothing ({@link NotFoundException}, 404),
 * and only published versions are reached, never drafts or live data.
 *
 * <p>There is no caller's municipality here, so this service binds the one named in the address
 * itself, after checking the switch; it is the only service that binds a tenant from a request, and
 * it only reads (decision 0023).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class PublicOverviewService {

  @PersistenceContext private EntityManager em;

  /** The municipality's name, when its published overviews are public. */
  public String municipality(String cbsCode) {
    return open(cbsCode).getName();
  }

  /** The published versions of a public municipality, newest first. */
  public List<OverviewListing> published(String cbsCode) {
    open(cbsCode);
    return em
        .createNamedQuery(PublishedOverview.ALL, OverviewListing.class)
        .getResultList()
        .stream()
        .map(PublicOverviewService::withoutLogin)
        .toList();
  }

  /** One published version of a public municipality. */
  public Document document(String cbsCode, int year, int version, Format format) {
    open(cbsCode);
    PublishedOverview overview =
        em.createQuery(
                "select o from PublishedOverview o where o.year = :year and o.versionNumber ="
                    + " :version",
                PublishedOverview.class)
            .setParameter("year", year)
            .setParameter("version", version)
            .getResultStream()
            .findFirst()
            .orElseThrow(
                () -> new NotFoundException(PublishedOverview.class, year + "-" + version));
    byte[] content =
        switch (format) {
          case PDF -> overview.getPdf();
          case JSON -> overview.getDataJson().getBytes(java.nio.charset.StandardCharsets.UTF_8);
          case CSV -> OverviewOpenData.csv(OverviewJson.read(overview.getDataJson()));
        };
    return new Document(content, overview.getPdfSha256(), overview.getDataSha256());
  }

  /**
   * The municipality of the address, bound to this transaction's persistence context, when it
   * exists, is active and has public access on.
   */
  private Tenant open(String cbsCode) {
    if (cbsCode == null || !CbsCode.isValid(cbsCode) || !cbsCode.equals(cbsCode.strip())) {
      throw new NotFoundException(Tenant.class, cbsCode);
    }
    Tenant tenant =
        em.createNamedQuery(Tenant.BY_CODE, Tenant.class)
            .setParameter("code", cbsCode)
            .getResultStream()
            .findFirst()
            .filter(Tenant::isActive)
            .orElseThrow(() -> new NotFoundException(Tenant.class, cbsCode));
    Object bound = em.getProperties().get(TenantOwnedEntity.TENANT_PROPERTY);
    if (bound == null) {
      em.setProperty(TenantOwnedEntity.TENANT_PROPERTY, tenant.getCode());
    } else if (!bound.equals(tenant.getCode())) {
      throw new IllegalStateException("Persistence context already bound to another tenant");
    }
    boolean open =
        em.createNamedQuery(OverviewAccess.CURRENT, OverviewAccess.class)
            .getResultStream()
            .findFirst()
            .map(OverviewAccess::isPublicAccess)
            .orElse(false);
    if (!open) {
      throw new NotFoundException(Tenant.class, cbsCode);
    }
    return tenant;
  }

  /**
   * The public list names no one: who published a version is known to the municipality, not shown
   * to the world.
   */
  private static OverviewListing withoutLogin(OverviewListing o) {
    return new OverviewListing(
        o.id(),
        o.year(),
        o.versionNumber(),
        null,
        o.publishedAt(),
        o.pdfSha256(),
        o.dataSha256(),
        o.replacesVersion(),
        o.replacementNote());
  }

  /** The formats of a public version. */
  public enum Format {
    PDF,
    JSON,
    CSV
  }

  /** A public document and the fingerprints of the version. */
  public record Document(byte[] content, String pdfSha256, String dataSha256) {}
}
