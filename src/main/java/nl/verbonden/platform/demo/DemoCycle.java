package nl.verbonden.platform.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.verbonden.cycle.entity.ArrangementClauses;
import nl.verbonden.cycle.entity.ArrangementYear;
import nl.verbonden.cycle.entity.CouncilMeeting;
import nl.verbonden.cycle.entity.CycleYear;
import nl.verbonden.cycle.entity.WgrClause;
import nl.verbonden.cycle.entity.Zienswijze;
import nl.verbonden.cycle.entity.ZienswijzeProposal;
import nl.verbonden.cycle.entity.ZienswijzeSubject;
import nl.verbonden.shared.control.CsvTable;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * Reads a demo municipality's governance year: the council's meetings ({@code
 * raadsvergaderingen.csv}), what was recorded of its joint arrangements' planning-and-control year
 * ({@code jaarcyclus.csv}), where its regelingen cover the provisions the Wgr requires ({@code
 * regelingen.csv}) and its zienswijze dossiers ({@code zienswijzen.csv}), each walked as far as its
 * filled columns go through the dossier's own steps. A date of receipt that lies after today (early
 * in the year, "{jaar}-04-10" has not happened yet) is left empty, as a regisseur would leave it.
 */
final class DemoCycle {

  private DemoCycle() {}

  /**
   * @throws IllegalStateException when a file is missing, does not read or names an unknown party
   */
  static List<TenantOwnedEntity> read(
      DemoRegisters.Register register, String folder, LocalDate today) {
    List<TenantOwnedEntity> rows = new ArrayList<>();
    DemoFile meetings = DemoFile.read(folder + "/raadsvergaderingen.csv", today);
    for (CsvTable.Row row : meetings.rows()) {
      rows.add(new CouncilMeeting(meetings.date(row, "datum"), DemoFile.optional(row, "notitie")));
    }
    DemoFile years = DemoFile.read(folder + "/jaarcyclus.csv", today);
    for (CsvTable.Row row : years.rows()) {
      int year = years.number(row, "jaar");
      ArrangementYear recorded =
          new ArrangementYear(register.require(years.required(row, "partij")), year);
      recorded.record(
          new CycleYear(
              year,
              happened(years.optionalDate(row, "kaders_ontvangen"), today),
              happened(years.optionalDate(row, "ontwerpbegroting_ontvangen"), today),
              years.optionalDate(row, "ab_begroting"),
              years.optionalDate(row, "ab_jaarrekening")),
          today);
      rows.add(recorded);
    }
    DemoFile clauses = DemoFile.read(folder + "/regelingen.csv", today);
    for (CsvTable.Row row : clauses.rows()) {
      ArrangementClauses recorded =
          new ArrangementClauses(register.require(clauses.required(row, "partij")));
      Map<WgrClause, String> where = new EnumMap<>(WgrClause.class);
      for (WgrClause clause : WgrClause.values()) {
        where.put(clause, DemoFile.optional(row, clause.name().toLowerCase(Locale.ROOT)));
      }
      recorded.record(
          where,
          clauses.optionalDate(row, "gewijzigd_op"),
          DemoFile.optional(row, "informatieprotocol"),
          DemoFile.optional(row, "adviescommissie"),
          today);
      rows.add(recorded);
    }
    DemoFile dossiers = DemoFile.read(folder + "/zienswijzen.csv", today);
    for (CsvTable.Row row : dossiers.rows()) {
      rows.add(dossier(dossiers, row, register, today));
    }
    return rows;
  }

  private static Zienswijze dossier(
      DemoFile file, CsvTable.Row row, DemoRegisters.Register register, LocalDate today) {
    LocalDate received = file.date(row, "ontvangen");
    Zienswijze z =
        Zienswijze.receive(
            register.require(file.required(row, "partij")),
            file.code(row, "onderwerp", ZienswijzeSubject.class),
            file.required(row, "titel"),
            received,
            file.optionalDate(row, "vergadering"),
            DemoFile.optional(row, "stukken"),
            today);
    if (row.get("voorstel").isEmpty()) {
      return z;
    }
    LocalDate decided = file.optionalDate(row, "besloten");
    LocalDate proposedOn = decided != null ? decided.minusWeeks(3) : today.minusWeeks(1);
    z.propose(
        file.code(row, "voorstel", ZienswijzeProposal.class),
        DemoFile.optional(row, "voorsteltekst"),
        proposedOn.isBefore(received) ? received : proposedOn);
    if (decided == null) {
      return z;
    }
    z.decide(decided, today);
    LocalDate sent = file.optionalDate(row, "verzonden");
    if (sent == null) {
      return z;
    }
    z.send(sent, today);
    LocalDate answered = file.optionalDate(row, "beantwoord");
    if (answered != null) {
      z.answer(answered, file.required(row, "antwoord"), false, today);
    }
    return z;
  }

  private static LocalDate happened(LocalDate date, LocalDate today) {
    return date == null || date.isAfter(today) ? null : date;
  }
}
