package nl.verbonden.api.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One use of an API token (issue 20: "each use logged"): when, which request, from where, and the
 * answer's status. Only ever added; kept with the token (the token page shows the latest).
 */
@Entity
@Table(name = "api_token_use")
@NamedQuery(
    name = ApiTokenUse.LATEST,
    query =
        "select u from ApiTokenUse u where u.tokenId = :token order by u.usedAt desc, u.id desc")
public class ApiTokenUse implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final String LATEST = "ApiTokenUse.latest";
  public static final int PATH_LENGTH = 500;
  public static final int ADDRESS_LENGTH = 64;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "token_id", nullable = false, updatable = false)
  private Long tokenId;

  @Column(name = "used_at", nullable = false, updatable = false)
  private Instant usedAt;

  @Column(name = "http_method", nullable = false, updatable = false, length = 10)
  private String method;

  @Column(name = "request_path", nullable = false, updatable = false, length = PATH_LENGTH)
  private String path;

  @Column(name = "http_status", nullable = false, updatable = false)
  private int status;

  @Column(updatable = false, length = ADDRESS_LENGTH)
  private String address;

  protected ApiTokenUse() {}

  /** Texts longer than their column are cut, so that a long request can never lose its line. */
  public ApiTokenUse(
      Long tokenId, Instant usedAt, String method, String path, int status, String address) {
    this.tokenId = tokenId;
    this.usedAt = usedAt;
    this.method = cut(method, 10);
    this.path = cut(path, PATH_LENGTH);
    this.status = status;
    this.address = cut(address, ADDRESS_LENGTH);
  }

  private static String cut(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length);
  }

  public Long getId() {
    return id;
  }

  public Long getTokenId() {
    return tokenId;
  }

  public Instant getUsedAt() {
    return usedAt;
  }

  public String getMethod() {
    return method;
  }

  public String getPath() {
    return path;
  }

  public int getStatus() {
    return status;
  }

  public String getAddress() {
    return address;
  }
}
