package nl.verbonden.tenancy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import nl.verbonden.tenancy.control.FirstBeheerder.Outcome;
import nl.verbonden.testsupport.InContainer;
import org.junit.jupiter.api.Test;

/**
 * The first beheerder of a fresh installation comes from the setting; once a beheerder account
 * exists the setting gives nobody access. The fresh installation is made inside a transaction that
 * is rolled back: the demo beheerder becomes a regisseur there, so the database has no beheerder.
 */
class FirstBeheerderIT extends InContainer {

  @Inject private FirstBeheerder firstBeheerder;
  @Inject private UserTransaction transaction;

  @Resource(lookup = "jdbc/verbonden")
  private DataSource dataSource;

  @Test
  void withABeheerderTheSettingCreatesNoAccount() throws Exception {
    assertEquals(Outcome.BEHEERDER_EXISTS, firstBeheerder.ensure("nieuwe.beheerder", "Nieuw"));
    assertEquals(Outcome.NOT_SET, firstBeheerder.ensure("", ""));
    transaction.begin();
    try {
      assertEquals(0, accounts("nieuwe.beheerder"));
    } finally {
      transaction.rollback();
    }
  }

  @Test
  void aDatabaseWithoutBeheerderGetsTheBeheerderOfTheSettingOnce() throws Exception {
    transaction.begin();
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement noBeheerder =
          connection.prepareStatement(
              "update user_account set role = 'REGISSEUR', tenant_code = 'GM0351'"
                  + " where role = 'BEHEERDER'")) {
        assertTrue(noBeheerder.executeUpdate() > 0);
      }
      assertEquals(Outcome.LOGIN_TAKEN, firstBeheerder.ensure("regisseur.zeist", ""));
      assertEquals(Outcome.CREATED, firstBeheerder.ensure(" j.devries ", "J. de Vries"));
      try (PreparedStatement read =
          connection.prepareStatement(
              "select role, tenant_code, active, display_name, created_by from user_account"
                  + " where login_name = 'j.devries'")) {
        try (ResultSet row = read.executeQuery()) {
          assertTrue(row.next());
          assertEquals("BEHEERDER", row.getString(1));
          assertEquals(null, row.getString(2));
          assertTrue(row.getBoolean(3));
          assertEquals("J. de Vries", row.getString(4));
          assertEquals("systeem", row.getString(5));
        }
      }
      assertEquals(Outcome.BEHEERDER_EXISTS, firstBeheerder.ensure("iemand.anders", ""));
      assertEquals(0, accounts(connection, "iemand.anders"));
    } finally {
      transaction.rollback();
    }
  }

  private long accounts(String login) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      return accounts(connection, login);
    }
  }

  private static long accounts(Connection connection, String login) throws Exception {
    try (PreparedStatement count =
        connection.prepareStatement("select count(*) from user_account where login_name = ?")) {
      count.setString(1, login);
      try (ResultSet row = count.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
