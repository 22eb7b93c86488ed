package nl.verbonden.api.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import nl.verbonden.api.entity.ApiToken;
import nl.verbonden.api.entity.ApiTokenUse;
import nl.verbonden.api.entity.TokenScope;
import nl.verbonden.shared.control.ApplicationClock;
import nl.verbonden.tenancy.control.MachineCallers;
import nl.verbonden.tenancy.entity.AppRole;
import nl.verbonden.tenancy.entity.CallerAccount;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The API tokens as callers (decision 0030): which account a token stands for, what its scope lets
 * it do, and the log of its uses. Runs outside the caller's transaction, like the accounts' {@code
 * AccountDirectory}: the token is read before the request's municipality is known.
 */
@Stateless
@LocalBean
@Local(MachineCallers.class)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TokenDirectory implements MachineCallers {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /**
   * What a presented token may do: its id, scope and agreements, and whether it works now (signed
   * by this server, the same text as issued, not revoked, not expired, its municipality active).
   */
  public record Grant(Long id, TokenScope scope, Set<Long> agreements, boolean usable)
      implements Serializable {

    public boolean allows(String method, String path) {
      return usable && scope.allows(agreements, method, path);
    }
  }

  /** The grant of a token of this server, or empty when the token is not one of ours. */
  public Optional<Grant> grant(JsonWebToken jwt) {
    return token(jwt)
        .map(
            t -> new Grant(t.getId(), t.getScope(), Set.copyOf(t.getAgreements()), usable(t, jwt)));
  }

  @Override
  public Optional<CallerAccount> account(JsonWebToken jwt) {
    return token(jwt)
        .map(
            t ->
                new CallerAccount(
                    jwt.getName(),
                    "API-token " + t.getName(),
                    AppRole.REGISSEUR,
                    t.getTenant().getCode(),
                    t.getTenant().getName(),
                    usable(t, jwt)));
  }

  /** Logs one use of a token and notes it as the token's last use. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void used(Long tokenId, String method, String path, int status, String address) {
    var now = clock.instant();
    em.persist(new ApiTokenUse(tokenId, now, method, path, status, address));
    em.createQuery("update ApiToken t set t.lastUsedAt = :now where t.id = :id")
        .setParameter("now", now)
        .setParameter("id", tokenId)
        .executeUpdate();
  }

  private Optional<ApiToken> token(JsonWebToken jwt) {
    if (jwt == null || !TokenSigner.ISSUER.equals(jwt.getIssuer())) {
      return Optional.empty();
    }
    Long id = TokenSigner.idOf(jwt.getSubject());
    if (id == null) {
      return Optional.empty();
    }
    return em.createQuery(
            "select t from ApiToken t join fetch t.tenant where t.id = :id", ApiToken.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  private boolean usable(ApiToken token, JsonWebToken jwt) {
    return jwt.getRawToken() != null
        && token.hasSecret(TokenSigner.sha256(jwt.getRawToken()))
        && token.usableAt(clock.instant(), ApplicationClock.AMSTERDAM)
        && token.getTenant().isActive();
  }
}
