package nl.verbonden.api.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import nl.verbonden.shared.entity.AuditedEntity;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.tenancy.entity.Tenant;

/**
 * An API token of a municipality (issue 20, decision 0030): a machine client's key to the REST API,
 * with a scope, a last day, and the SHA-256 of the token text (the text itself is shown once, when
 * it is made, and never stored). Revoked tokens stay, with who revoked them and when, so that the
 * use log keeps its token. Not a tenant-scoped entity: the server looks a token up before it knows
 * the municipality, and the beheerder, who has none, lists and revokes them.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(
    name = ApiToken.ALL,
    query =
        "select t from ApiToken t join fetch t.tenant order by t.tenant.name, t.createdAt desc,"
            + " t.id desc")
@NamedQuery(
    name = ApiToken.OF_TENANT,
    query =
        "select t from ApiToken t join fetch t.tenant where t.tenant.code = :tenant"
            + " order by t.createdAt desc, t.id desc")
public class ApiToken extends AuditedEntity {

  private static final long serialVersionUID = 1L;
  public static final String ALL = "ApiToken.all";
  public static final String OF_TENANT = "ApiToken.ofTenant";
  public static final int MAX_NAME = 100;
  public static final int MAX_AGREEMENTS = 50;

  /** A token lives at most this long: a machine's key is renewed at least once a year. */
  public static final int MAX_DAYS = 366;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "tenant_code", referencedColumnName = "cbs_code", nullable = false)
  private Tenant tenant;

  @Column(nullable = false, length = MAX_NAME)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private TokenScope scope;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "api_token_agreement", joinColumns = @JoinColumn(name = "token_id"))
  @Column(name = "agreement_id", nullable = false)
  @OrderBy
  private Set<Long> agreements = new TreeSet<>();

  @Column(name = "secret_sha256", length = 64, unique = true)
  private String secretSha256;

  @Column(name = "valid_until", nullable = false)
  private LocalDate validUntil;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by", length = 100)
  private String revokedBy;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  protected ApiToken() {}

  /**
   * A new token, checked: a name (1–100 characters), a last day from today up to {@link #MAX_DAYS}
   * ahead, and for {@link TokenScope#METINGEN_AANLEVEREN} one to {@link #MAX_AGREEMENTS} agreements
   * (a reading token names none).
   *
   * @throws DomainException at the field that is wrong
   */
  public static ApiToken issue(
      Tenant tenant,
      String name,
      TokenScope scope,
      Set<Long> agreements,
      LocalDate validUntil,
      LocalDate today) {
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty()) {
      throw new DomainException("api.token.name.required", "naam");
    }
    if (trimmed.length() > MAX_NAME) {
      throw new DomainException("api.token.name.tooLong", "naam", MAX_NAME);
    }
    if (scope == null) {
      throw new DomainException("api.token.scope.required", "bevoegdheid");
    }
    if (validUntil == null) {
      throw new DomainException("api.token.validUntil.required", "geldigTot");
    }
    if (validUntil.isBefore(today)) {
      throw new DomainException("api.token.validUntil.past", "geldigTot");
    }
    if (validUntil.isAfter(today.plusDays(MAX_DAYS))) {
      throw new DomainException("api.token.validUntil.tooLate", "geldigTot", MAX_DAYS);
    }
    Set<Long> named = agreements == null ? Set.of() : agreements;
    if (scope == TokenScope.METINGEN_AANLEVEREN && named.isEmpty()) {
      throw new DomainException("api.token.agreements.required", "overeenkomsten");
    }
    if (named.size() > MAX_AGREEMENTS) {
      throw new DomainException("api.token.agreements.tooMany", "overeenkomsten", MAX_AGREEMENTS);
    }
    ApiToken token = new ApiToken();
    token.tenant = tenant;
    token.name = trimmed;
    token.scope = scope;
    if (scope == TokenScope.METINGEN_AANLEVEREN) {
      token.agreements.addAll(named);
    }
    token.validUntil = validUntil;
    return token;
  }

  /** Keeps the SHA-256 of the token text, once, when the text has been made (it needs the id). */
  public void seal(String sha256) {
    if (secretSha256 != null) {
      throw new IllegalStateException("The token has its text already");
    }
    this.secretSha256 = sha256;
  }

  /** The first moment the token no longer works: the day after its last day, in that zone. */
  public Instant expiresAt(ZoneId zone) {
    return validUntil.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /** Whether the token works now: sealed, not revoked, not past its last day. */
  public boolean usableAt(Instant now, ZoneId zone) {
    return secretSha256 != null && revokedAt == null && now.isBefore(expiresAt(zone));
  }

  /** Whether this text is this token's (compares the SHA-256 of the presented text). */
  public boolean hasSecret(String sha256) {
    return secretSha256 != null
        && java.security.MessageDigest.isEqual(
            secretSha256.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
            sha256.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }

  /**
   * Revokes the token: it stops working at once, on every server.
   *
   * @throws DomainException when it was revoked already
   */
  public void revoke(String who, Instant when) {
    if (revokedAt != null) {
      throw new DomainException("api.token.revoked.already", null, name);
    }
    this.revokedAt = when;
    this.revokedBy = who;
  }

  public void used(Instant when) {
    this.lastUsedAt = when;
  }

  public Tenant getTenant() {
    return tenant;
  }

  public String getName() {
    return name;
  }

  public TokenScope getScope() {
    return scope;
  }

  public Set<Long> getAgreements() {
    return Collections.unmodifiableSet(agreements);
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public String getRevokedBy() {
    return revokedBy;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }
}
