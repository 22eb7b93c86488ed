package nl.verbonden.positioning.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * A published advice of a positioning question: the PDF and the data it was made from, frozen, each
 * with its SHA-256, as a governance overview is published. No setters; no column is updatable. Who
 * published it and when are the audit columns.
 */
@Entity
@Table(name = "published_advice")
@NamedQuery(
    name = PublishedAdvice.ALL,
    query =
        "select new nl.verbonden.positioning.entity.AdviceListing(a.id, a.question.id, a.title,"
            + " a.versionNumber, a.createdBy, a.createdAt, a.pdfSha256) from PublishedAdvice a"
            + " order by a.createdAt desc, a.id desc")
@NamedQuery(
    name = PublishedAdvice.LAST_VERSION,
    query = "select max(a.versionNumber) from PublishedAdvice a where a.question.id = :question")
public class PublishedAdvice extends TenantOwnedEntity {

  private static final long serialVersionUID = 1L;
  public static final String ALL = "PublishedAdvice.all";
  public static final String LAST_VERSION = "PublishedAdvice.lastVersion";

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "question_id", nullable = false, updatable = false)
  private PositioningQuestion question;

  @Column(name = "title", nullable = false, updatable = false, length = 200)
  private String title;

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

  protected PublishedAdvice() {}

  public PublishedAdvice(
      PositioningQuestion question,
      int versionNumber,
      String dataJson,
      String dataSha256,
      byte[] pdf,
      String pdfSha256) {
    this.question = question;
    this.title = question.getTask();
    this.versionNumber = versionNumber;
    this.dataJson = dataJson;
    this.dataSha256 = dataSha256;
    this.pdf = pdf.clone();
    this.pdfSha256 = pdfSha256;
  }

  public PositioningQuestion getQuestion() {
    return question;
  }

  public String getTitle() {
    return title;
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
}
