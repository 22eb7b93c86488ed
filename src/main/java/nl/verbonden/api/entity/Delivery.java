package nl.verbonden.api.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * A measurement batch delivered through the API with an {@code Idempotency-Key}: the hash of the
 * request and the answer it got, so that the same key again answers the same without recording
 * anything, and the same key with another request is refused.
 */
@Entity
@Table(name = "api_delivery")
@NamedQuery(
    name = Delivery.BY_KEY,
    query = "select d from Delivery d where d.idempotencyKey = :key")
public class Delivery extends TenantOwnedEntity {

  private static final long serialVersionUID = 1L;
  public static final String BY_KEY = "Delivery.byKey";
  public static final int KEY_LENGTH = 100;

  @NotNull
  @Size(min = 1, max = KEY_LENGTH)
  @Column(name = "idempotency_key", nullable = false, length = KEY_LENGTH)
  private String idempotencyKey;

  @NotNull
  @Column(name = "agreement_id", nullable = false)
  private Long agreementId;

  @NotNull
  @Column(name = "request_sha256", nullable = false, length = 64)
  private String requestSha256;

  @NotNull
  @Size(max = 4000)
  @Column(nullable = false, length = 4000)
  private String answer;

  protected Delivery() {}

  public Delivery(String idempotencyKey, Long agreementId, String requestSha256, String answer) {
    this.idempotencyKey = idempotencyKey;
    this.agreementId = agreementId;
    this.requestSha256 = requestSha256;
    this.answer = answer;
  }

  /** Whether a repeated request with this key is the same request. */
  public boolean sameRequest(Long agreementId, String requestSha256) {
    return this.agreementId.equals(agreementId) && this.requestSha256.equals(requestSha256);
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public Long getAgreementId() {
    return agreementId;
  }

  public String getAnswer() {
    return answer;
  }
}
