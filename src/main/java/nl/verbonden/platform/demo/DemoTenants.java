package nl.verbonden.platform.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verbonden.reminders.entity.Digest;
import nl.verbonden.reminders.entity.DigestFrequency;
import nl.verbonden.reminders.entity.ReminderSetting;
import nl.verbonden.shared.control.CsvTable;
import nl.verbonden.shared.entity.AuditedEntity;
import nl.verbonden.tenancy.entity.AppRole;
import nl.verbonden.tenancy.entity.CbsCode;
import nl.verbonden.tenancy.entity.Tenant;
import nl.verbonden.tenancy.entity.UserAccount;

/**
 * The demo municipalities ({@code demo/gemeenten.csv}: CBS code, name and the folder of their
 * files) and the accounts ({@code demo/gebruikers.csv}: user name, name, role and the CBS code of
 * the municipality, empty for the beheerder; e-mail address; and the reminder mail they chose),
 * which must match the demo user registry in liberty/config/demo-users.xml.
 */
record DemoTenants(
    List<Municipality> municipalities,
    List<UserAccount> accounts,
    Map<UserAccount, DigestFrequency> reminders) {

  /** A municipality and the folder of its files under {@code demo/}. */
  record Municipality(Tenant tenant, String folder) {
    @Override
    public String toString() {
      return tenant.getName() + " (" + tenant.getCode() + ")";
    }
  }

  DemoTenants {
    municipalities = List.copyOf(municipalities);
    accounts = List.copyOf(accounts);
  }

  /**
   * @throws IllegalStateException when a file is missing or names an unknown municipality
   */
  static DemoTenants read(LocalDate today) {
    Map<String, Municipality> byCode = new LinkedHashMap<>();
    DemoFile tenants = DemoFile.read("gemeenten.csv", today);
    for (CsvTable.Row row : tenants.rows()) {
      String code = tenants.required(row, "cbs_code");
      Tenant tenant = new Tenant(CbsCode.of(code), tenants.required(row, "naam"));
      byCode.put(code, new Municipality(tenant, tenants.required(row, "map")));
    }
    List<UserAccount> accounts = new ArrayList<>();
    Map<UserAccount, DigestFrequency> reminders = new LinkedHashMap<>();
    DemoFile users = DemoFile.read("gebruikers.csv", today);
    for (CsvTable.Row row : users.rows()) {
      String code = DemoFile.optional(row, "gemeente");
      Municipality municipality = code == null ? null : byCode.get(code);
      if (code != null && municipality == null) {
        throw new IllegalStateException(users.path() + ": no municipality " + code);
      }
      UserAccount account =
          new UserAccount(
              users.required(row, "gebruiker"),
              users.required(row, "naam"),
              users.code(row, "rol", AppRole.class),
              municipality == null ? null : municipality.tenant());
      account.setEmail(DemoFile.optional(row, "e-mail"));
      accounts.add(account);
      String reminder = DemoFile.optional(row, "herinnering");
      if (reminder != null) {
        reminders.put(account, DigestFrequency.valueOf(reminder));
      }
    }
    return new DemoTenants(List.copyOf(byCode.values()), accounts, reminders);
  }

  /**
   * The demo accounts' choice of reminder mail (column {@code herinnering}), once the accounts are
   * saved and have their ids: 14 days ahead, in Dutch.
   */
  List<AuditedEntity> reminderSettings() {
    List<AuditedEntity> settings = new ArrayList<>();
    reminders.forEach(
        (account, frequency) -> {
          ReminderSetting setting = new ReminderSetting(account.getId());
          setting.choose(frequency, Digest.DEFAULT_HORIZON, "nl");
          settings.add(setting);
        });
    return settings;
  }

  /** What to save first: the tenants, then the accounts. */
  List<AuditedEntity> tenantsAndAccounts() {
    List<AuditedEntity> all = new ArrayList<>();
    municipalities.forEach(m -> all.add(m.tenant()));
    all.addAll(accounts);
    return all;
  }
}
