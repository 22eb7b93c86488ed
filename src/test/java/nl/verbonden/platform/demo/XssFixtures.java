package nl.verbonden.platform.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import nl.verbonden.shared.entity.TenantOwnedEntity;
import nl.verbonden.tenancy.entity.AppRole;
import nl.verbonden.tenancy.entity.CbsCode;
import nl.verbonden.tenancy.entity.Tenant;
import nl.verbonden.tenancy.entity.UserAccount;

/**
 * The municipality of the XSS battery (nl.verbonden.web.XssBatteryBrowserIT): a copy of
 * Woudenberg's demo register, roles, agreements, measurements, escalations and positions under a
 * tenant of its own, whose every free text that a page, chart, image, export or document shows then
 * holds hostile text: markup that would end a script or style element, an image with an onerror
 * handler, an entity, quotes, Unicode non-characters and bidi controls. The texts are written with
 * plain JDBC, past the application's input checks (which refuse the control characters), as an
 * import of old data or a restored backup could hold them. Its regisseur {@code regisseur.xss} is
 * in the integration-test server's registry (liberty/config/mode-it.xml).
 */
public final class XssFixtures {

  public static final String CODE = "GM9901";
  public static final String LOGIN = "regisseur.xss";

  /**
   * Every payload at once (120 characters): the end of a script element and a script, the end of a
   * style element and a script, an image whose error runs script, an entity and an ampersand,
   * markup, both quotes, the non-characters U+FFFF and U+FDD0, the bidi controls RLO and LRI.
   */
  public static final String PAYLOAD =
      "</script><script>alert(1)</script></style><script>alert(2)</script>"
          + "<img src=x onerror=alert(3)>&amp; & <b>vet</b>\"'\uFFFF\uFDD0\u202E\u2066 ";

  /** The payload for fields of 100 characters (the municipality's name, a seat). */
  public static final String SHORT =
      "</style><script>alert(2)</script><img src=x onerror=alert(3)>&amp; & <b>vet</b>\"'\uFFFF\u202E";

  /** The municipality's name. */
  public static final String MUNICIPALITY = "Xss " + SHORT;

  /** What every text with a payload shows literally, as typed (the visible part). */
  public static final List<String> VISIBLE =
      List.of("<img src=x onerror=alert(3)>", "&amp; & <b>vet</b>\"'", "<script>alert(2)</script>");

  private static final String FOLDER = "woudenberg";

  private XssFixtures() {}

  /**
   * Creates and fills the municipality, unless it exists (a PostgreSQL database keeps it between
   * runs).
   *
   * @return whether it was created now
   */
  public static boolean load(DemoRegisterWriter writer, DataSource dataSource, LocalDate today)
      throws SQLException {
    if (exists(dataSource)) {
      return false;
    }
    Tenant tenant = new Tenant(CbsCode.of(CODE), "Xss");
    UserAccount regisseur = new UserAccount(LOGIN, "Regisseur Xss", AppRole.REGISSEUR, tenant);
    writer.write(null, List.of(tenant, regisseur));
    // as DemoDataLoader writes a municipality
    DemoRegisters.Register register = DemoRegisters.read(FOLDER, "Woudenberg", today);
    List<TenantOwnedEntity> roles = DemoRoles.read(register, FOLDER, today);
    DemoAgreements.Agreements agreements = DemoAgreements.read(register, roles, FOLDER, today);
    List<TenantOwnedEntity> all = new ArrayList<>(register.entities());
    all.addAll(roles);
    all.addAll(agreements.entities());
    all.addAll(DemoPositions.read(register, FOLDER, today));
    writer.write(CODE, all, agreements::measurements);
    writer.record(CODE, DemoRegisters.history(register.parties()));
    poison(dataSource);
    return true;
  }

  private static boolean exists(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement("select count(*) from tenant where cbs_code = ?")) {
      query.setString(1, CODE);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getInt(1) > 0;
      }
    }
  }

  /** Writes the payloads into every free text of the municipality. */
  private static void poison(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      update(connection, "update tenant set name = ? where cbs_code = ?", MUNICIPALITY);
      update(
          connection,
          "update user_account set display_name = ? where tenant_code = ?",
          "Regisseur " + PAYLOAD);
      // names stay unique: the payload goes in front
      for (String table :
          List.of("party", "participant", "person", "agreement_indicator", "agreement")) {
        String column = table.equals("agreement") ? "title" : "name";
        update(
            connection,
            "update "
                + table
                + " set "
                + column
                + " = cast(? as varchar(200)) || "
                + column
                + " where tenant_code = ? and length("
                + column
                + ") <= 80",
            PAYLOAD);
      }
      update(connection, "update party set seat = ? where tenant_code = ?", SHORT);
      set(
          connection,
          "party",
          "public_interest",
          "end_reason",
          "governance_interest",
          "financial_interest",
          "risk_notes");
      set(connection, "party_relation", "note");
      set(connection, "party_change", "old_value", "new_value");
      set(connection, "office", "portfolio");
      set(connection, "role_assignment", "reason");
      set(
          connection,
          "party_governance",
          "conflict_justification",
          "party_director",
          "party_chair");
      set(connection, "escalation_level", "name", "our_side", "their_side");
      set(connection, "agreement", "documents");
      update(
          connection,
          "update agreement_indicator set unit = ? where tenant_code = ?",
          "<b>vet</b>&amp;");
      set(connection, "measurement", "source", "comment_text");
      set(connection, "escalation", "level_name", "our_side", "their_side");
      set(connection, "escalation_event", "note");
      set(connection, "relation_position", "override_rationale", "target_note");
    }
  }

  private static void set(Connection connection, String table, String... columns)
      throws SQLException {
    for (String column : columns) {
      update(
          connection,
          "update " + table + " set " + column + " = ? where tenant_code = ?",
          PAYLOAD.strip());
    }
  }

  private static void update(Connection connection, String sql, String text) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, text);
      statement.setString(2, CODE);
      statement.executeUpdate();
    }
  }
}
