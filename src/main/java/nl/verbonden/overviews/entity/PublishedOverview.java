package nl.verbonden.overviews.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * A published governance overview: the PDF and the data it was made from, frozen. Nothing changes
 * it after it is saved (no setters; every column is not updatable); a mistake is corrected by a new
 * version that says which version it replaces and why. Who published it and when are the audit
 * columns.
 */
@Entity
@Table(name = "published_overview")
@NamedQuery(
    name = PublishedOverview.ALL,
    query =
        "select new nl.verbonden.overviews.entity.OverviewListing(o.id, o.year, o.versionNumber,"
            + " coalesce(o.publishedByName, o.createdBy), o.createdAt, o.pdfSha256, o.dataSha256, o.replacesVersion, o.replacementNote)"
            + " from PublishedOverview o order by o.year desc, o.versionNumber desc")
@NamedQuery(
    name = PublishedOverview.LAST_VERSION,
    query = "select max(o.versionNumber) from PublishedOverview o where o.year = :year")
@NamedQuery(
    name = PublishedOverview.BY_PDF_HASH,
    query =
        "select new nl.verbonden.overviews.entity.OverviewListing(o.id, o.year, o.versionNumber,"
            + " coalesce(o.publishedByName, o.createdBy), o.createdAt, o.pdfSha256, o.dataSha256, o.replacesVersion, o.replacementNote)"
            + " from PublishedOverview o where o.pdfSha256 = :hash")
@NamedQuery(
    name = PublishedOverview.OF_YEAR,
    query =
        "select new nl.verbonden.overviews.entity.OverviewListing(o.id, o.year, o.versionNumber,"
            + " coalesce(o.publishedByName, o.createdBy), o.createdAt, o.pdfSha256, o.dataSha256,"
            + " o.replacesVersion, o.replacementNote)"
            + " from PublishedOverview o where o.year = :year order by o.versionNumber desc")
@NamedQuery(
    name = PublishedOverview.YEARS,
    query = "select distinct o.year from PublishedOverview o")
public class PublishedOverview extends TenantOwnedEntity {

  private static final long serialVersionUID = 1L;
  public static final String ALL = "PublishedOverview.all";
  public static final String LAST_VERSION = "PublishedOverview.lastVersion";
  public static final String BY_PDF_HASH = "PublishedOverview.byPdfHash";
  public static final String OF_YEAR = "PublishedOverview.ofYear";
  public static final String YEARS = "PublishedOverview.years";

  @Column(name = "overview_year", nullable = false, updatable = false)
  private int year;

  @Column(name = "version_number", nullable = false, updatable = false)
  private int versionNumber;

  @Lob
  @Column(name = "data_json", nullable = false, updatable = false)
  private String dataJson;

  @Column(name = "data_sha256", nullable = false, updatable = false, length = 64)
  private String dataSha256;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "pdf", nullable = false, updatable = false)
  private byte[] pdf;

  @Column(name = "pdf_sha256", nullable = false, updatable = false, length = 64)
  private String pdfSha256;

  @Column(name = "replaces_version", updatable = false)
  private Integer replacesVersion;

  @Column(name = "replacement_note", updatable = false, length = 2000)
  private String replacementNote;

  /** Who published it, by name as the person was called then (null for versions before 025). */
  @Column(name = "published_by_name", updatable = false, length = 200)
  private String publishedByName;

  protected PublishedOverview() {}

  public PublishedOverview(
      int year,
      int versionNumber,
      String dataJson,
      String dataSha256,
      byte[] pdf,
      String pdfSha256,
      Integer replacesVersion,
      String replacementNote,
      String publishedByName) {
    this.year = year;
    this.versionNumber = versionNumber;
    this.dataJson = dataJson;
    this.dataSha256 = dataSha256;
    this.pdf = pdf.clone();
    this.pdfSha256 = pdfSha256;
    this.replacesVersion = replacesVersion;
    this.replacementNote = replacementNote;
    this.publishedByName = publishedByName;
  }

  public int getYear() {
    return year;
  }

  public int getVersionNumber() {
    return versionNumber;
  }

  public String getDataJson() {
    return dataJson;
  }

  public String getDataSha256() {
    return dataSha256;
  }

  public byte[] getPdf() {
    return pdf.clone();
  }

  public String getPdfSha256() {
    return pdfSha256;
  }

  public Integer getReplacesVersion() {
    return replacesVersion;
  }

  public String getReplacementNote() {
    return replacementNote;
  }

  /** Who published it by name; the login name for a version published before names were kept. */
  public String getPublishedBy() {
    return publishedByName == null ? getCreatedBy() : publishedByName;
  }
}
