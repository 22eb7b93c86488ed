package nl.verbonden.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.DerbyDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Fills an empty Verbonden database with a seeded, reproducible benchmark data set.
 *
 * <p>It first applies the application's own Liquibase changelog (the same change sets the server
 * applies at start-up, so the server later finds nothing to do), refuses a database that already
 * holds a tenant, then writes every row with explicit ids: on PostgreSQL with {@code COPY ... FROM
 * STDIN}, elsewhere (Derby) with JDBC batches. Finally it moves each identity column past the
 * highest id, so the application can insert afterwards.
 *
 * <p>The demo tenant GM0351 (Woudenberg, login {@code regisseur.woudenberg}) receives the first
 * generated register; the other tenants are GM9001, GM9002, ... Zeist (GM0355) exists without data,
 * so every demo login has its account.
 *
 * <pre>
 * Generator --url jdbc:postgresql://127.0.0.1:5432/verbonden_bench_l --user postgres --size L [--seed 20260101]
 * </pre>
 */
public final class Generator {

  /** A data set size. */
  public record Size(
      String name,
      int tenants,
      int parties,
      int agreementsPerParty,
      int indicatorsPerAgreement,
      int months) {

    public static Size of(String name) {
      return switch (name.toUpperCase(Locale.ROOT)) {
        case "S" -> new Size("S", 1, 50, 3, 5, 48);
        case "M" -> new Size("M", 10, 200, 3, 5, 48);
        case "L" -> new Size("L", 100, 200, 3, 5, 48);
        default -> throw new IllegalArgumentException("Size S, M or L expected, not " + name);
      };
    }

    public long measurements() {
      return (long) tenants * parties * agreementsPerParty * indicatorsPerAgreement * months;
    }
  }

  public static final String CHANGELOG = "db/changelog/db.changelog-master.xml";
  public static final String DEMO_TENANT = "GM0351";
  public static final long DEFAULT_SEED = 20260101L;

  /** The demo tenant's extra agreement without measurements, for timing the CSV import. */
  public static final String IMPORT_AGREEMENT = "DVO Benchmark import";

  public static final int IMPORT_INDICATORS = 100;

  /** Audit columns: fixed, so that two runs with the same seed write the same rows. */
  private static final LocalDateTime STAMP = LocalDateTime.of(2026, 1, 1, 0, 0);

  private static final String BY = "bench";

  /** The last month with a measurement; 48 months end here. */
  private static final LocalDate LAST_MONTH = LocalDate.of(2026, 10, 1);

  private static final String[] LEGAL_FORMS = {
    "GR_OPENBAAR_LICHAAM",
    "GR_GEMEENSCHAPPELIJK_ORGAAN",
    "GR_BEDRIJFSVOERINGSORGANISATIE",
    "GR_CENTRUMREGELING",
    "GR_REGELING_ZONDER_MEER",
    "NV",
    "BV",
    "COOPERATIE",
    "STICHTING",
    "VERENIGING",
    "OVERIG"
  };
  private static final String[] BBV_GROUPS = {
    "GEMEENSCHAPPELIJKE_REGELINGEN", "GEMEENSCHAPPELIJKE_REGELINGEN",
        "GEMEENSCHAPPELIJKE_REGELINGEN",
    "GEMEENSCHAPPELIJKE_REGELINGEN", "GEMEENSCHAPPELIJKE_REGELINGEN",
        "VENNOOTSCHAPPEN_EN_COOPERATIES",
    "VENNOOTSCHAPPEN_EN_COOPERATIES", "VENNOOTSCHAPPEN_EN_COOPERATIES",
        "STICHTINGEN_EN_VERENIGINGEN",
    "STICHTINGEN_EN_VERENIGINGEN", "OVERIGE"
  };
  private static final String[] FORM_WORDS = {
    "Gemeenschappelijke regeling",
    "Openbaar lichaam",
    "Bedrijfsvoeringsorganisatie",
    "Centrumregeling",
    "Regeling",
    "N.V.",
    "B.V.",
    "Coöperatie",
    "Stichting",
    "Vereniging",
    "Samenwerkingsverband"
  };
  private static final String[] DOMAINS = {
    "SOCIAAL_DOMEIN",
    "WERK_EN_INKOMEN",
    "ZORG_EN_GEZONDHEID",
    "VEILIGHEID",
    "MILIEU_EN_AFVAL",
    "RUIMTE_EN_WONEN",
    "ECONOMIE",
    "RECREATIE_EN_CULTUUR",
    "VERKEER_EN_VERVOER",
    "ONDERWIJS",
    "BEDRIJFSVOERING"
  };
  private static final String[] TOPICS = {
    "Jeugdzorg", "Afvalbeheer", "Veiligheid", "Werk", "Gezondheid", "Cultuur", "Sport", "Wonen",
        "Vervoer", "ICT",
    "Belastingen", "Archief", "Recreatie", "Energie", "Water", "Onderwijs", "Welzijn", "Economie",
        "Milieu", "Inkoop"
  };
  private static final String[] REGIONS = {
    "Utrecht",
    "Amersfoort",
    "Gelderse Vallei",
    "Heuvelrug",
    "Eemland",
    "Kromme Rijn",
    "Lekstroom",
    "Rivierenland",
    "Vallei",
    "Midden-Nederland"
  };
  private static final String[] SEATS = {
    "Utrecht",
    "Amersfoort",
    "Zeist",
    "Woudenberg",
    "Veenendaal",
    "Houten",
    "Nieuwegein",
    "Ede",
    "Leusden",
    "Soest"
  };
  private static final String[] RISK = {"LAAG", "GEMIDDELD", "HOOG"};
  private static final String[] REGIMES = {"LICHT", "MIDDEL", "ZWAAR"};
  private static final int[] REGIME_MONTHS = {24, 12, 6};
  private static final String[] RELATION_TYPES = {
    "PARTNER", "SUBCONTRACTOR", "CONSORTIUM_MEMBER", "MEMBER_OF"
  };
  private static final String[] ROLES = {
    "OPDRACHTGEVER", "EIGENAAR", "OPDRACHTNEMER", "UITVOERDER"
  };
  private static final String[] QUADRANTS = {
    "MEERVOUDIG_OPDRACHTGEVERSCHAP",
    "ENKELVOUDIG_OPDRACHTGEVERSCHAP",
    "MAATSCHAPPELIJK_PARTNERSCHAP",
    "GEDELEGEERD_OPDRACHTGEVERSCHAP"
  };
  private static final String[] INSTRUMENTS = {
    "KLASSIEK_SUBSIDIEREN",
    "AANBESTEDEN",
    "SUBSIDIETENDER",
    "SUBSIDIEDIALOOG",
    "CONTRACTFINANCIERING_PRODUCT",
    "CONTRACTFINANCIERING_RESULTAAT",
    "BESTUURLIJK_AANBESTEDEN",
    "MAATSCHAPPELIJK_AANBESTEDEN"
  };
  private static final String[] INDICATOR_KINDS = {"INPUT", "OUTPUT", "OUTCOME", "EFFECT"};
  private static final String[] INDICATOR_NAMES = {
    "Bereik doelgroep",
    "Doorlooptijd aanvraag",
    "Klanttevredenheid",
    "Uitstroom naar werk",
    "Wachttijd",
    "Klachten per 1000 inwoners",
    "Beschikbaarheid systemen",
    "Tijdige rapportage"
  };
  private static final String[] FIRST = {
    "Anna", "Bram", "Carla", "Daan", "Eva", "Femke", "Gijs", "Hanna", "Ivo", "Jasper", "Karin",
    "Lotte"
  };
  private static final String[] LAST = {
    "de Vries",
    "Jansen",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks"
  };
  private static final String[] OFFICES = {
    "BURGEMEESTER",
    "WETHOUDER",
    "WETHOUDER",
    "WETHOUDER",
    "WETHOUDER",
    "REGISSEUR",
    "ACCOUNTMANAGER",
    "ACCOUNTMANAGER",
    "CONTROLLER",
    "BELEIDSADVISEUR",
    "BELEIDSADVISEUR",
    "DIRECTEUR"
  };

  private final Connection connection;
  private final Size size;
  private final long seed;
  private final Map<String, Long> ids = new LinkedHashMap<>();
  private final Map<String, Long> rows = new LinkedHashMap<>();

  private Generator(Connection connection, Size size, long seed) {
    this.connection = connection;
    this.size = size;
    this.seed = seed;
  }

  /** What a run wrote: rows per table and the time it took. */
  public record Result(
      Size size, long seed, Map<String, Long> rows, Duration migration, Duration load) {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    String url = options.get("url");
    if (url == null) {
      System.err.println(
          "Usage: Generator --url JDBC-URL [--user U] [--password P] [--size S|M|L] [--parties N] [--seed N]");
      System.exit(2);
    }
    Size size = Size.of(options.getOrDefault("size", "S"));
    if (options.containsKey(
        "parties")) { // e.g. 10 and 1,000 parties for counting SQL statements per page
      size =
          new Size(
              size.name() + "-" + options.get("parties"),
              size.tenants(),
              Integer.parseInt(options.get("parties")),
              size.agreementsPerParty(),
              size.indicatorsPerAgreement(),
              size.months());
    }
    long seed = Long.parseLong(options.getOrDefault("seed", Long.toString(DEFAULT_SEED)));
    try (Connection c =
        DriverManager.getConnection(
            url, options.getOrDefault("user", ""), options.getOrDefault("password", ""))) {
      Result result = generate(c, size, seed);
      System.out.printf(
          Locale.ROOT,
          "Size %s, seed %d: migration %.1f s, load %.1f s%n",
          size.name(),
          seed,
          result.migration().toMillis() / 1000.0,
          result.load().toMillis() / 1000.0);
      result
          .rows()
          .forEach((table, n) -> System.out.printf(Locale.ROOT, "  %-20s %,12d%n", table, n));
      // one machine-readable line for the harness
      StringBuilder json = new StringBuilder();
      json.append(
          String.format(
              Locale.ROOT,
              "{\"size\":\"%s\",\"seed\":%d,\"migration_s\":%.1f,\"load_s\":%.1f,\"rows\":{",
              size.name(),
              seed,
              result.migration().toMillis() / 1000.0,
              result.load().toMillis() / 1000.0));
      String sep = "";
      for (Map.Entry<String, Long> e : result.rows().entrySet()) {
        json.append(sep).append('"').append(e.getKey()).append("\":").append(e.getValue());
        sep = ",";
      }
      System.out.println("RESULT " + json.append("}}"));
    }
  }

  /** Migrates the schema, then loads a data set of the given size into the (empty) database. */
  public static Result generate(Connection connection, Size size, long seed) throws SQLException {
    try {
      long t0 = System.nanoTime();
      migrate(connection);
      long t1 = System.nanoTime();
      Generator generator = new Generator(connection, size, seed);
      generator.load();
      long t2 = System.nanoTime();
      return new Result(
          size, seed, generator.rows, Duration.ofNanos(t1 - t0), Duration.ofNanos(t2 - t1));
    } finally {
      // Liquibase leaves the connection in manual commit; hand it back in auto-commit, nothing
      // half-done
      if (!connection.getAutoCommit()) {
        connection.rollback();
      }
      connection.setAutoCommit(true);
    }
  }

  static void migrate(Connection connection) throws SQLException {
    try {
      Database database =
          DatabaseFactory.getInstance()
              .findCorrectDatabaseImplementation(new JdbcConnection(connection));
      if (database instanceof DerbyDatabase derby) {
        derby.setShutdownEmbeddedDerby(false);
      }
      // not closed: closing the Liquibase object would close the caller's connection
      Liquibase liquibase =
          new Liquibase(
              CHANGELOG,
              new ClassLoaderResourceAccessor(Generator.class.getClassLoader()),
              database);
      liquibase.update((String) null);
    } catch (LiquibaseException e) {
      throw new SQLException("Liquibase migration failed", e);
    }
  }

  private boolean postgres() throws SQLException {
    return connection
        .getMetaData()
        .getDatabaseProductName()
        .toLowerCase(Locale.ROOT)
        .contains("postgres");
  }

  private void load() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM tenant")) {
      rs.next();
      if (rs.getLong(1) > 0) {
        throw new IllegalStateException(
            "The database already holds tenants: the generator needs an empty one");
      }
    }
    boolean pg = postgres();
    connection.setAutoCommit(false);
    if (pg) {
      try (Statement s = connection.createStatement()) {
        // The rows are consistent by construction; skip the foreign-key triggers while loading
        // (superuser only).
        // The constraints stay declared and are enforced again for the application.
        s.execute("SET session_replication_role = replica");
        s.execute("SET synchronous_commit = off");
      }
    }
    try (Sink sink = pg ? new Sink.Copy(connection) : new Sink.Batch(connection)) {
      List<String> tenants = new ArrayList<>();
      tenants.add(DEMO_TENANT);
      for (int t = 1; t < size.tenants(); t++) {
        tenants.add(String.format(Locale.ROOT, "GM%04d", 9000 + t));
      }
      writeTenantsAndAccounts(sink, tenants);
      connection.commit();
      for (int t = 0; t < tenants.size(); t++) {
        writeTenant(sink, tenants.get(t), t);
        connection.commit();
      }
      rows.putAll(sink.counts());
    }
    if (pg) {
      try (Statement s = connection.createStatement()) {
        s.execute("SET session_replication_role = origin");
      }
    }
    restartIdentities(pg);
    connection.commit();
    connection.setAutoCommit(true);
    if (pg) {
      try (Statement s = connection.createStatement()) {
        s.execute("ANALYZE");
      }
    }
  }

  private long next(String table) {
    return ids.merge(table, 1L, Long::sum);
  }

  private void writeTenantsAndAccounts(Sink sink, List<String> tenants) throws SQLException {
    Sink.Table tenant = sink.table("tenant", "id", "cbs_code", "name", "active");
    tenant.row(next("tenant"), DEMO_TENANT, "Woudenberg", true);
    tenant.row(next("tenant"), "GM0355", "Zeist", true);
    for (String code : tenants.subList(1, tenants.size())) {
      tenant.row(next("tenant"), code, "Benchgemeente " + code.substring(2), true);
    }
    tenant.flush();
    Sink.Table account =
        sink.table(
            "user_account",
            "id",
            "login_name",
            "display_name",
            "email",
            "role",
            "tenant_code",
            "active");
    account.row(
        next("user_account"),
        "beheer",
        "Beheerder Shared Service Centre",
        null,
        "BEHEERDER",
        null,
        true);
    account.row(
        next("user_account"),
        "regisseur.woudenberg",
        "Sanne de Vries",
        null,
        "REGISSEUR",
        DEMO_TENANT,
        true);
    account.row(
        next("user_account"),
        "raad.woudenberg",
        "Pieter Jansen",
        null,
        "RAADSLID",
        DEMO_TENANT,
        true);
    account.row(
        next("user_account"), "regisseur.zeist", "Kees Bakker", null, "REGISSEUR", "GM0355", true);
    account.row(
        next("user_account"), "raad.zeist", "Fatima El Amrani", null, "RAADSLID", "GM0355", true);
    for (String code : tenants.subList(1, tenants.size())) {
      account.row(
          next("user_account"),
          "regisseur." + code.toLowerCase(Locale.ROOT),
          "Regisseur " + code,
          null,
          "REGISSEUR",
          code,
          true);
    }
    account.flush();
  }

  private void writeTenant(Sink sink, String code, int tenantIndex) throws SQLException {
    Random r = new Random(seed * 31 + tenantIndex);
    int n = size.parties();

    // people and their offices
    Sink.Table person = sink.table("person", "tenant_code", "id", "name", "email");
    long[] personIds = new long[OFFICES.length];
    for (int i = 0; i < OFFICES.length; i++) {
      personIds[i] = next("person");
      String name = FIRST[i] + " " + LAST[(i * 5 + tenantIndex) % LAST.length];
      person.row(
          code,
          personIds[i],
          name,
          FIRST[i].toLowerCase(Locale.ROOT) + "@" + code.toLowerCase(Locale.ROOT) + ".example");
    }
    person.flush();
    Sink.Table office =
        sink.table(
            "office",
            "tenant_code",
            "id",
            "person_id",
            "kind",
            "portfolio",
            "start_date",
            "end_date");
    long[] officeIds = new long[OFFICES.length];
    for (int i = 0; i < OFFICES.length; i++) {
      officeIds[i] = next("office");
      office.row(
          code,
          officeIds[i],
          personIds[i],
          OFFICES[i],
          OFFICES[i].equals("WETHOUDER") ? TOPICS[i] + " en " + TOPICS[i + 5] : null,
          LocalDate.of(2022, 6, 1),
          null);
    }
    office.flush();

    // parties
    Sink.Table party =
        sink.table(
            "party",
            "tenant_code",
            "id",
            "name",
            "seat",
            "legal_form",
            "bbv_group",
            "kvk_number",
            "rsin",
            "policy_domains",
            "public_interest",
            "start_date",
            "end_date",
            "end_reason",
            "board_seat",
            "voting_rights",
            "voting_share",
            "governance_interest",
            "amount_at_risk",
            "liable",
            "financial_interest",
            "verbonden_partij",
            "risk_financial_size",
            "risk_financial_position",
            "risk_extra_contribution",
            "risk_policy_dependence",
            "risk_steering_distance",
            "risk_execution",
            "risk_notes",
            "risk_assessed_on",
            "monitoring_regime",
            "risk_reassess_by");
    long[] partyIds = new long[n];
    String[] partyNames = new String[n];
    for (int p = 0; p < n; p++) {
      partyIds[p] = next("party");
      int form = r.nextInt(LEGAL_FORMS.length);
      partyNames[p] =
          FORM_WORDS[form]
              + " "
              + TOPICS[p % TOPICS.length]
              + " "
              + REGIONS[(p / TOPICS.length) % REGIONS.length]
              + (p >= TOPICS.length * REGIONS.length
                  ? " " + (p / (TOPICS.length * REGIONS.length) + 1)
                  : "");
      String d1 = DOMAINS[r.nextInt(DOMAINS.length)];
      String d2 = DOMAINS[r.nextInt(DOMAINS.length)];
      String domains =
          d1.compareTo(d2) < 0
              ? "," + d1 + "," + d2 + ","
              : d1.equals(d2) ? "," + d1 + "," : "," + d2 + "," + d1 + ",";
      LocalDate start = LocalDate.of(1990 + r.nextInt(31), 1 + r.nextInt(12), 1);
      boolean ended = r.nextInt(20) == 0;
      boolean boardSeat = r.nextBoolean();
      boolean voting = r.nextInt(3) > 0;
      BigDecimal share = voting ? BigDecimal.valueOf(1 + r.nextInt(40)).setScale(2) : null;
      BigDecimal atRisk = r.nextInt(4) == 0 ? null : money(r, 10_000, 5_000_000);
      boolean liable = r.nextInt(5) == 0;
      boolean vp = (boardSeat || voting) && (atRisk != null || liable);
      int regime = r.nextInt(3);
      LocalDate assessed = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(700));
      party.row(
          code,
          partyIds[p],
          partyNames[p],
          SEATS[r.nextInt(SEATS.length)],
          LEGAL_FORMS[form],
          BBV_GROUPS[form],
          String.format(Locale.ROOT, "%08d", r.nextInt(100_000_000)),
          rsin(r),
          domains,
          "Uitvoering van taken op het gebied van "
              + TOPICS[p % TOPICS.length].toLowerCase(Locale.ROOT)
              + ".",
          start,
          ended ? LocalDate.of(2025, 12, 31) : null,
          ended ? "Opgeheven na evaluatie" : null,
          boardSeat,
          voting,
          share,
          boardSeat ? "Zetel in het algemeen bestuur" : null,
          atRisk,
          liable,
          atRisk != null ? "Deelneming en jaarlijkse bijdrage" : null,
          vp,
          RISK[r.nextInt(3)],
          RISK[r.nextInt(3)],
          RISK[r.nextInt(3)],
          RISK[r.nextInt(3)],
          RISK[r.nextInt(3)],
          RISK[r.nextInt(3)],
          null,
          assessed,
          REGIMES[regime],
          assessed.plusMonths(REGIME_MONTHS[regime]));
    }
    party.flush();

    Sink.Table participant =
        sink.table("participant", "tenant_code", "id", "party_id", "name", "kind", "voting_share");
    Sink.Table figures =
        sink.table(
            "year_figures",
            "tenant_code",
            "id",
            "party_id",
            "fiscal_year",
            "kind",
            "equity_start",
            "equity_end",
            "liabilities_start",
            "liabilities_end",
            "result",
            "contribution",
            "interest_start",
            "interest_end");
    Sink.Table relation =
        sink.table(
            "party_relation",
            "tenant_code",
            "id",
            "party_id",
            "related_party_id",
            "relation_type",
            "since",
            "until",
            "note");
    Sink.Table change =
        sink.table(
            "party_change",
            "tenant_code",
            "id",
            "party_id",
            "field_key",
            "subject",
            "old_value",
            "new_value");
    Sink.Table governance =
        sink.table(
            "party_governance",
            "tenant_code",
            "id",
            "party_id",
            "regisseur_office_id",
            "conflict_justification",
            "party_director",
            "party_chair");
    Sink.Table position =
        sink.table(
            "relation_position",
            "tenant_code",
            "id",
            "party_id",
            "position_year",
            "computed_network",
            "computed_steering",
            "override_network",
            "override_steering",
            "override_rationale",
            "target_quadrant",
            "target_note");
    long[] governanceIds = new long[n];
    for (int p = 0; p < n; p++) {
      String own =
          code.equals(DEMO_TENANT) ? "Gemeente Woudenberg" : "Benchgemeente " + code.substring(2);
      participant.row(
          code,
          next("participant"),
          partyIds[p],
          own,
          "GEMEENTE",
          BigDecimal.valueOf(20).setScale(2));
      participant.row(
          code,
          next("participant"),
          partyIds[p],
          "Gemeente " + SEATS[p % SEATS.length] + " (buur)",
          "GEMEENTE",
          BigDecimal.valueOf(30).setScale(2));
      participant.row(
          code,
          next("participant"),
          partyIds[p],
          "Provincie Utrecht",
          "PROVINCIE",
          BigDecimal.valueOf(10).setScale(2));
      BigDecimal equity = money(r, 100_000, 20_000_000);
      BigDecimal debt = money(r, 50_000, 10_000_000);
      for (int y = 0; y < 3; y++) {
        BigDecimal result = money(r, -200_000, 400_000);
        BigDecimal equityEnd = equity.add(result);
        BigDecimal debtEnd = debt.add(money(r, -100_000, 100_000));
        figures.row(
            code,
            next("year_figures"),
            partyIds[p],
            2024 + y,
            y < 2 ? "JAARREKENING" : "BEGROTING",
            equity,
            equityEnd,
            debt,
            debtEnd,
            result,
            money(r, 10_000, 900_000),
            null,
            null);
        equity = equityEnd;
        debt = debtEnd;
      }
      if (n > 1) {
        int other = (p + 1 + r.nextInt(n - 1)) % n; // never p itself
        relation.row(
            code,
            next("party_relation"),
            partyIds[p],
            partyIds[other],
            RELATION_TYPES[r.nextInt(RELATION_TYPES.length)],
            LocalDate.of(2015 + r.nextInt(10), 1, 1),
            null,
            null);
      }
      change.row(
          code, next("party_change"), partyIds[p], "history.created", null, null, partyNames[p]);
      governanceIds[p] = next("party_governance");
      governance.row(
          code,
          governanceIds[p],
          partyIds[p],
          officeIds[5],
          null,
          "Directeur " + LAST[p % LAST.length],
          "Voorzitter " + LAST[(p + 3) % LAST.length]);
      for (int y = 0; y < 2; y++) {
        boolean target = y == 1 && r.nextInt(4) == 0;
        position.row(
            code,
            next("relation_position"),
            partyIds[p],
            2025 + y,
            r.nextInt(101),
            r.nextInt(101),
            null,
            null,
            null,
            target ? QUADRANTS[r.nextInt(QUADRANTS.length)] : null,
            target ? "Doel voor de komende periode" : null);
      }
    }
    participant.flush();
    figures.flush();
    relation.flush();
    change.flush();
    governance.flush();
    position.flush();

    Sink.Table level =
        sink.table(
            "escalation_level",
            "tenant_code",
            "id",
            "governance_id",
            "position",
            "name",
            "our_side",
            "their_side",
            "within_days");
    Sink.Table role =
        sink.table(
            "role_assignment",
            "tenant_code",
            "id",
            "party_id",
            "role",
            "held",
            "bestuurlijk_office_id",
            "ambtelijk_office_id",
            "reason");
    for (int p = 0; p < n; p++) {
      level.row(
          code,
          next("escalation_level"),
          governanceIds[p],
          1,
          "Ambtelijk overleg",
          "Accountmanager",
          "Directeur",
          14);
      level.row(
          code,
          next("escalation_level"),
          governanceIds[p],
          2,
          "Bestuurlijk overleg",
          "Portefeuillehouder",
          "Voorzitter",
          30);
      for (int k = 0; k < ROLES.length; k++) {
        boolean held = !(k == 3 && r.nextInt(10) == 0);
        role.row(
            code,
            next("role_assignment"),
            partyIds[p],
            ROLES[k],
            held,
            held ? officeIds[1 + (p + k) % 4] : null,
            held ? officeIds[6 + (p + k) % 6] : null,
            held ? null : "De gemeente voert niet zelf uit");
      }
    }
    level.flush();
    role.flush();

    // agreements, indicators, monthly measurements
    Sink.Table agreement =
        sink.table(
            "agreement",
            "tenant_code",
            "id",
            "party_id",
            "title",
            "start_date",
            "end_date",
            "status",
            "instrument",
            "annual_budget",
            "reporting_frequency",
            "documents",
            "escalate_after");
    Sink.Table indicator =
        sink.table(
            "agreement_indicator",
            "tenant_code",
            "id",
            "agreement_id",
            "name",
            "kind",
            "unit",
            "target",
            "direction",
            "green_threshold",
            "red_threshold",
            "frequency");
    Sink.Table measurement =
        sink.table(
            "measurement",
            "tenant_code",
            "id",
            "indicator_id",
            "period_code",
            "period_start",
            "measured_value",
            "source",
            "comment_text");
    LocalDate firstMonth = LAST_MONTH.minusMonths(size.months() - 1L);
    String[] periodCodes = new String[size.months()];
    LocalDate[] periodStarts = new LocalDate[size.months()];
    for (int m = 0; m < size.months(); m++) {
      periodStarts[m] = firstMonth.plusMonths(m);
      periodCodes[m] =
          String.format(
              Locale.ROOT, "%d-%02d", periodStarts[m].getYear(), periodStarts[m].getMonthValue());
    }
    List<long[]> indicatorIds = new ArrayList<>();
    List<boolean[]> higherBetter = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      for (int a = 0; a < size.agreementsPerParty(); a++) {
        long agreementId = next("agreement");
        agreement.row(
            code,
            agreementId,
            partyIds[p],
            "DVO " + TOPICS[(p + a) % TOPICS.length] + " " + (a + 1),
            firstMonth,
            LocalDate.of(2026, 12, 31),
            "ACTIEF",
            INSTRUMENTS[r.nextInt(INSTRUMENTS.length)],
            money(r, 50_000, 3_000_000),
            "MAAND",
            null,
            2);
        long[] ind = new long[size.indicatorsPerAgreement()];
        boolean[] up = new boolean[ind.length];
        for (int i = 0; i < ind.length; i++) {
          ind[i] = next("agreement_indicator");
          up[i] = r.nextInt(3) > 0;
          indicator.row(
              code,
              ind[i],
              agreementId,
              INDICATOR_NAMES[(i + a) % INDICATOR_NAMES.length] + " " + (i + 1),
              INDICATOR_KINDS[r.nextInt(INDICATOR_KINDS.length)],
              up[i] ? "%" : "dagen",
              up[i] ? dec(90) : dec(10),
              up[i] ? "HIGHER_IS_BETTER" : "LOWER_IS_BETTER",
              up[i] ? dec(85) : dec(14),
              up[i] ? dec(75) : dec(21),
              "MAAND");
        }
        indicatorIds.add(ind);
        higherBetter.add(up);
      }
    }
    if (code.equals(DEMO_TENANT)) {
      // For the import benchmark: one agreement with IMPORT_INDICATORS monthly indicators over
      // 2018-2026 and no
      // measurements, so that 10,000 new (indicator, month) values fit (two files of 5,000 rows,
      // the import's limit)
      long agreementId = next("agreement");
      agreement.row(
          code,
          agreementId,
          partyIds[0],
          IMPORT_AGREEMENT,
          LocalDate.of(2018, 1, 1),
          LocalDate.of(2026, 12, 31),
          "ACTIEF",
          INSTRUMENTS[0],
          dec(100_000),
          "MAAND",
          null,
          12);
      for (int i = 0; i < IMPORT_INDICATORS; i++) {
        indicator.row(
            code,
            next("agreement_indicator"),
            agreementId,
            String.format(Locale.ROOT, "Importindicator %03d", i + 1),
            "OUTPUT",
            "aantal",
            dec(100),
            "HIGHER_IS_BETTER",
            dec(90),
            dec(50),
            "MAAND");
      }
    }
    agreement.flush();
    indicator.flush();
    for (int x = 0; x < indicatorIds.size(); x++) {
      long[] ind = indicatorIds.get(x);
      boolean[] up = higherBetter.get(x);
      for (int i = 0; i < ind.length; i++) {
        for (int m = 0; m < periodCodes.length; m++) {
          double value = up[i] ? 70 + r.nextInt(3000) / 100.0 : 5 + r.nextInt(2000) / 100.0;
          measurement.row(
              code,
              next("measurement"),
              ind[i],
              periodCodes[m],
              periodStarts[m],
              BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP),
              "Maandrapportage",
              null);
        }
      }
    }
    measurement.flush();
  }

  private void restartIdentities(boolean pg) throws SQLException {
    try (Statement s = connection.createStatement()) {
      for (Map.Entry<String, Long> e : ids.entrySet()) {
        long nextId = e.getValue() + 1;
        if (pg) {
          s.execute(
              "SELECT setval(pg_get_serial_sequence('"
                  + e.getKey()
                  + "', 'id'), "
                  + e.getValue()
                  + ")");
        } else {
          s.execute("ALTER TABLE " + e.getKey() + " ALTER COLUMN id RESTART WITH " + nextId);
        }
      }
    }
  }

  private static BigDecimal money(Random r, long from, long to) {
    return BigDecimal.valueOf(from + (long) (r.nextDouble() * (to - from))).setScale(2);
  }

  private static BigDecimal dec(int value) {
    return BigDecimal.valueOf(value).setScale(2);
  }

  /** Nine digits that pass the eleven-test. */
  static String rsin(Random r) {
    while (true) {
      int[] d = new int[9];
      int sum = 0;
      for (int i = 0; i < 8; i++) {
        d[i] = r.nextInt(10);
        sum += (9 - i) * d[i];
      }
      int last = sum % 11;
      if (last == 10 || sum == 0) {
        continue;
      }
      d[8] = last;
      StringBuilder b = new StringBuilder();
      for (int x : d) {
        b.append(x);
      }
      return b.toString();
    }
  }

  static LocalDateTime stamp() {
    return STAMP;
  }

  static String by() {
    return BY;
  }
}
