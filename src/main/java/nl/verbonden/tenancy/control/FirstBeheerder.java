package nl.verbonden.tenancy.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import nl.verbonden.tenancy.entity.AppRole;
import nl.verbonden.tenancy.entity.UserAccount;

/**
 * The first beheerder of a fresh installation: while the database holds no beheerder account
 * (active or not), the login name of the setting {@code verbonden.first.beheerder} gets one, so
 * that this person can open Beheer and add the municipalities and the other accounts. Once any
 * beheerder account exists the setting does nothing, so it cannot give anyone access later. The
 * user registry must still let that login in with the beheerder group (docs/deployment.md).
 */
@Stateless
@PermitAll
public class FirstBeheerder {

  private static final Logger LOG = Logger.getLogger(FirstBeheerder.class.getName());

  /** The login names an account accepts (as {@code UserAccount.loginName}). */
  private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

  static final String COUNT_BEHEERDERS =
      "select count(a) from UserAccount a where a.role = nl.verbonden.tenancy.entity.AppRole.BEHEERDER";

  /** What the setting leads to. */
  public enum Outcome {
    /** The setting is empty. */
    NOT_SET,
    /** The setting is not a login name an account can have; nothing is created. */
    INVALID_LOGIN,
    /** A beheerder account exists already: the setting has done its work, or is not needed. */
    BEHEERDER_EXISTS,
    /** The login has an account with another role, which is not changed. */
    LOGIN_TAKEN,
    /** The beheerder account was created. */
    CREATED
  }

  @PersistenceContext private EntityManager em;

  /**
   * Creates the beheerder account of {@code loginName} when the database has no beheerder account.
   *
   * @param loginName the setting, possibly empty
   * @param displayName the account's name; the login name when empty
   */
  public Outcome ensure(String loginName, String displayName) {
    String login = loginName == null ? "" : loginName.strip();
    long beheerders = em.createQuery(COUNT_BEHEERDERS, Long.class).getSingleResult();
    boolean taken =
        !login.isEmpty()
            && !em.createNamedQuery(UserAccount.BY_LOGIN, UserAccount.class)
                .setParameter("login", login)
                .getResultList()
                .isEmpty();
    Outcome outcome = decide(login, beheerders, taken);
    switch (outcome) {
      case CREATED -> {
        String name = displayName == null || displayName.isBlank() ? login : displayName.strip();
        em.persist(new UserAccount(login, name, AppRole.BEHEERDER, null));
        em.flush();
        LOG.warning(
            () ->
                "First beheerder account created for login '"
                    + login
                    + "' (verbonden.first.beheerder): the database had no beheerder account");
      }
      case INVALID_LOGIN ->
          LOG.severe(
              () ->
                  "verbonden.first.beheerder is not a login name (letters, digits, . _ @ -, at"
                      + " most 100): no beheerder account created");
      case LOGIN_TAKEN ->
          LOG.severe(
              () ->
                  "verbonden.first.beheerder names login '"
                      + login
                      + "', which has an account with another role: not changed, no beheerder"
                      + " account created");
      case BEHEERDER_EXISTS ->
          LOG.info("A beheerder account exists: verbonden.first.beheerder is not used");
      case NOT_SET -> {
        if (beheerders == 0) {
          LOG.warning(
              "The database has no beheerder account: set verbonden.first.beheerder to the login"
                  + " name of the first beheerder (docs/deployment.md)");
        }
      }
    }
    return outcome;
  }

  /**
   * The rule, without the database.
   *
   * @param login the stripped setting
   * @param beheerders how many beheerder accounts exist, active or not
   * @param loginTaken whether the login has an account already
   */
  static Outcome decide(String login, long beheerders, boolean loginTaken) {
    if (login.isEmpty()) {
      return Outcome.NOT_SET;
    }
    if (!LOGIN.matcher(login).matches()) {
      return Outcome.INVALID_LOGIN;
    }
    if (beheerders > 0) {
      return Outcome.BEHEERDER_EXISTS;
    }
    if (loginTaken) {
      return Outcome.LOGIN_TAKEN;
    }
    return Outcome.CREATED;
  }
}
