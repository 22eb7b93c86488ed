package nl.verbonden.api.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.verbonden.agreements.boundary.AgreementService;
import nl.verbonden.agreements.entity.Agreement;
import nl.verbonden.api.control.TokenSigner;
import nl.verbonden.api.entity.ApiToken;
import nl.verbonden.api.entity.ApiTokenUse;
import nl.verbonden.api.entity.TokenScope;
import nl.verbonden.shared.control.ApplicationClock;
import nl.verbonden.shared.entity.DomainException;
import nl.verbonden.shared.entity.NotFoundException;
import nl.verbonden.tenancy.control.Caller;
import nl.verbonden.tenancy.control.SecurityLog;
import nl.verbonden.tenancy.entity.AppRole;
import nl.verbonden.tenancy.entity.SecurityEventKind;
import nl.verbonden.tenancy.entity.Tenant;

/**
 * API tokens of the municipalities (issue 20, decision 0030). A regisseur makes, lists and revokes
 * the tokens of their own municipality, of either scope; the beheerder lists and revokes those of
 * every municipality and makes reading tokens (a token that delivers measurements names agreements,
 * which only the municipality's regisseur sees). The token text is returned once, when it is made;
 * the database keeps its SHA-256.
 */
@Stateless
@RolesAllowed({AppRole.Names.REGISSEUR, AppRole.Names.BEHEERDER})
public class ApiTokenService {

  /** How many uses of a token its page shows. */
  public static final int USES_SHOWN = 25;

  @PersistenceContext private EntityManager em;
  @Inject private Caller caller;
  @Inject private Clock clock;
  @Inject private TokenSigner signer;
  @Inject private SecurityLog securityLog;
  @Inject private AgreementService agreements;

  /** A token as its list shows it. */
  public record Listing(
      Long id,
      String tenantCode,
      String tenantName,
      String name,
      TokenScope scope,
      Set<Long> agreements,
      LocalDate validUntil,
      Instant createdAt,
      String createdBy,
      Instant revokedAt,
      String revokedBy,
      Instant lastUsedAt,
      boolean usable)
      implements Serializable {

    /** actief, verlopen or ingetrokken: the status column's key. */
    public String status() {
      return revokedAt != null ? "revoked" : usable ? "active" : "expired";
    }
  }

  /** A token just made: its listing and its text, shown this once. */
  public record Issued(Listing token, String text) implements Serializable {}

  /** One use of a token, as its page shows it. */
  public record Use(Instant usedAt, String method, String path, int status, String address)
      implements Serializable {}

  /** Whether this server can make tokens (its secret is set, docs/deployment.md). */
  public boolean isConfigured() {
    return signer.isConfigured();
  }

  /** The tokens the caller manages: the regisseur's municipality's, or all for the beheerder. */
  public List<Listing> tokens() {
    var query =
        caller.isBeheerder()
            ? em.createNamedQuery(ApiToken.ALL, ApiToken.class)
            : em.createNamedQuery(ApiToken.OF_TENANT, ApiToken.class)
                .setParameter("tenant", caller.requireTenantCode());
    return query.getResultList().stream().map(this::listing).toList();
  }

  /**
   * Makes a token.
   *
   * @param tenantCode the municipality (the beheerder's choice; a regisseur's own is used)
   * @throws DomainException at the field that is wrong; when the server has no secret; when the
   *     beheerder asks for a delivering token; when an agreement is not the municipality's
   */
  public Issued issue(
      String tenantCode,
      String name,
      TokenScope scope,
      Set<Long> agreementIds,
      LocalDate validUntil) {
    if (!signer.isConfigured()) {
      throw new DomainException("api.token.notConfigured", null);
    }
    Set<Long> named = agreementIds == null ? Set.of() : agreementIds;
    String code;
    if (caller.isBeheerder()) {
      if (scope == TokenScope.METINGEN_AANLEVEREN) {
        throw new DomainException("api.token.deliverRegisseurOnly", "bevoegdheid");
      }
      if (tenantCode == null || tenantCode.isBlank()) {
        throw new DomainException("api.token.tenant.required", "gemeente");
      }
      code = tenantCode;
    } else {
      code = caller.requireTenantCode();
      if (scope == TokenScope.METINGEN_AANLEVEREN && !named.isEmpty()) {
        // the municipality's own agreements, read first (this binds the tenant scope)
        Set<Long> own = new HashSet<>();
        for (Agreement agreement : agreements.list()) {
          own.add(agreement.getId());
        }
        if (!own.containsAll(named)) {
          throw new DomainException("api.token.agreements.unknown", "overeenkomsten");
        }
      }
    }
    Tenant tenant =
        em.createNamedQuery(Tenant.BY_CODE, Tenant.class)
            .setParameter("code", code)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new DomainException("api.token.tenant.required", "gemeente"));
    Instant now = clock.instant();
    ApiToken token =
        ApiToken.issue(
            tenant,
            name,
            scope,
            named,
            validUntil,
            LocalDate.ofInstant(now, ApplicationClock.AMSTERDAM));
    em.persist(token);
    em.flush(); // the id is part of the text
    String text =
        signer.sign(
            token.getId(),
            AppRole.Names.REGISSEUR,
            now,
            token.expiresAt(ApplicationClock.AMSTERDAM));
    token.seal(TokenSigner.sha256(text));
    securityLog.recordForCaller(
        SecurityEventKind.API_TOKEN_CREATED,
        "API-token " + token.getId() + " \"" + token.getName() + "\" (" + scope + ") voor " + code);
    return new Issued(listing(token), text);
  }

  /**
   * Revokes a token: from now on every server refuses it.
   *
   * @throws NotFoundException when it does not exist or is another municipality's
   * @throws DomainException when it was revoked already
   */
  public Listing revoke(Long id) {
    ApiToken token = managed(id);
    token.revoke(caller.getLoginName(), clock.instant());
    securityLog.recordForCaller(
        SecurityEventKind.API_TOKEN_REVOKED,
        "API-token " + id + " \"" + token.getName() + "\" van " + token.getTenant().getCode());
    return listing(token);
  }

  /** The latest uses of a token, newest first. */
  public List<Use> uses(Long id) {
    managed(id);
    return em
        .createNamedQuery(ApiTokenUse.LATEST, ApiTokenUse.class)
        .setParameter("token", id)
        .setMaxResults(USES_SHOWN)
        .getResultList()
        .stream()
        .map(u -> new Use(u.getUsedAt(), u.getMethod(), u.getPath(), u.getStatus(), u.getAddress()))
        .toList();
  }

  /** The token, when the caller manages it: a regisseur only their municipality's. */
  private ApiToken managed(Long id) {
    ApiToken token =
        id == null
            ? null
            : em.createQuery(
                    "select t from ApiToken t join fetch t.tenant where t.id = :id", ApiToken.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElse(null);
    if (token == null
        || !caller.isBeheerder()
            && !token.getTenant().getCode().equals(caller.requireTenantCode())) {
      throw new NotFoundException(ApiToken.class, id);
    }
    return token;
  }

  private Listing listing(ApiToken t) {
    return new Listing(
        t.getId(),
        t.getTenant().getCode(),
        t.getTenant().getName(),
        t.getName(),
        t.getScope(),
        Set.copyOf(t.getAgreements()),
        t.getValidUntil(),
        t.getCreatedAt(),
        t.getCreatedBy(),
        t.getRevokedAt(),
        t.getRevokedBy(),
        t.getLastUsedAt(),
        t.usableAt(clock.instant(), ApplicationClock.AMSTERDAM) && t.getTenant().isActive());
  }
}
