package nl.verbonden.tenancy.control;

import java.util.Optional;
import nl.verbonden.tenancy.entity.CallerAccount;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Callers that are machines, not people: a component that issues bearer tokens (the API's tokens,
 * decision 0030) says which account such a token stands for. {@link Caller} asks every
 * implementation when the request was authenticated by a JSON Web Token; a token that none
 * recognises is treated as a person's (a centre's own authorization server, decision 0029), by its
 * login name.
 */
public interface MachineCallers {

  /**
   * The account this token stands for when it is one of this component's tokens (usable or not), or
   * empty when it is not.
   */
  Optional<CallerAccount> account(JsonWebToken token);
}
