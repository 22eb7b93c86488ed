package nl.verbonden.platform.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verbonden.agreements.control.MeasurementCsvImport;
import nl.verbonden.agreements.control.Reading;
import nl.verbonden.agreements.entity.Agreement;
import nl.verbonden.agreements.entity.AgreementStatus;
import nl.verbonden.agreements.entity.Direction;
import nl.verbonden.agreements.entity.Escalation;
import nl.verbonden.agreements.entity.Frequency;
import nl.verbonden.agreements.entity.Indicator;
import nl.verbonden.agreements.entity.IndicatorKind;
import nl.verbonden.agreements.entity.Measurement;
import nl.verbonden.agreements.entity.Period;
import nl.verbonden.agreements.entity.SteeringInstrument;
import nl.verbonden.register.entity.Party;
import nl.verbonden.roles.entity.PartyGovernance;
import nl.verbonden.roles.entity.RolePlan;
import nl.verbonden.shared.control.CsvTable;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * Reads a demo municipality's agreements from {@code demo/<folder>/}: {@code overeenkomsten.csv},
 * {@code indicatoren.csv}, per agreement a file of measurements in the format of the measurement
 * import (read by {@link MeasurementCsvImport}, once the indicators are saved and have their ids),
 * and {@code escalaties.csv}: escalations opened on the party's own ladder.
 */
final class DemoAgreements {

  /** The agreements and escalations to save; the measurements follow once they have ids. */
  record Agreements(
      List<Agreement> agreements,
      List<Escalation> escalations,
      Map<Agreement, DemoFile> measurementFiles) {

    Agreements {
      agreements = List.copyOf(agreements);
      escalations = List.copyOf(escalations);
      measurementFiles = Map.copyOf(measurementFiles);
    }

    /** What to save first: agreements (their indicators cascade), then escalations. */
    List<TenantOwnedEntity> entities() {
      List<TenantOwnedEntity> all = new ArrayList<>(agreements);
      all.addAll(escalations);
      return all;
    }

    /**
     * The measurements of every agreement, read from its file through the measurement import's
     * checks. The indicators must have their ids, as the import names them by id.
     *
     * @throws IllegalStateException when a file does not import
     */
    List<Measurement> measurements() {
      List<Measurement> all = new ArrayList<>();
      for (Agreement agreement : agreements) {
        DemoFile file = measurementFiles.get(agreement);
        if (file == null) {
          continue;
        }
        MeasurementCsvImport.Outcome outcome = MeasurementCsvImport.read(file.bytes(), agreement);
        file.requireNoErrors(outcome.errors());
        Map<Long, Indicator> byId = new LinkedHashMap<>();
        agreement.getIndicators().forEach(i -> byId.put(i.getId(), i));
        for (Map.Entry<Period, List<Reading>> period : outcome.readings().entrySet()) {
          for (Reading r : period.getValue()) {
            all.add(
                new Measurement(
                    byId.get(r.indicatorId()),
                    period.getKey(),
                    r.value(),
                    r.source(),
                    r.comment()));
          }
        }
      }
      return all;
    }
  }

  private DemoAgreements() {}

  /**
   * The agreements of a municipality as they are on a day.
   *
   * @param roles the municipality's role models: an escalation follows its party's ladder
   * @throws IllegalStateException when a file is missing, does not read or names something unknown
   */
  static Agreements read(
      DemoRegisters.Register register,
      List<TenantOwnedEntity> roles,
      String folder,
      LocalDate today) {
    Map<String, Agreement> byTitle = new LinkedHashMap<>();
    Map<Agreement, DemoFile> measurementFiles = new LinkedHashMap<>();
    DemoFile file = DemoFile.read(folder + "/overeenkomsten.csv", today);
    for (CsvTable.Row row : file.rows()) {
      String title = file.required(row, "titel");
      Agreement agreement =
          new Agreement(
              register.require(file.required(row, "partij")),
              title,
              file.date(row, "begin"),
              file.date(row, "eind"),
              file.code(row, "sturingsinstrument", SteeringInstrument.class));
      agreement.setStatus(AgreementStatus.ACTIEF);
      agreement.setAnnualBudget(file.amount(row, "jaarbudget"));
      agreement.setReportingFrequency(file.code(row, "rapportagefrequentie", Frequency.class));
      agreement.setDocuments(DemoFile.optional(row, "documenten"));
      if (byTitle.put(title, agreement) != null) {
        throw new IllegalStateException(file.path() + ": " + title + " twice");
      }
      String measurements = DemoFile.optional(row, "metingen");
      if (measurements != null) {
        measurementFiles.put(agreement, DemoFile.read(folder + "/" + measurements, today));
      }
    }

    DemoFile indicators = DemoFile.read(folder + "/indicatoren.csv", today);
    for (CsvTable.Row row : indicators.rows()) {
      agreement(byTitle, indicators, row)
          .addIndicator(
              new Indicator(
                  indicators.required(row, "naam"),
                  indicators.code(row, "soort", IndicatorKind.class),
                  DemoFile.optional(row, "eenheid"),
                  indicators.code(row, "richting", Direction.class),
                  indicators.required(row, "streefwaarde", BigDecimal::new),
                  indicators.required(row, "groen_vanaf", BigDecimal::new),
                  indicators.required(row, "rood_vanaf", BigDecimal::new),
                  indicators.code(row, "meetfrequentie", Frequency.class)));
    }

    List<Escalation> escalations = new ArrayList<>();
    DemoFile opened = DemoFile.read(folder + "/escalaties.csv", today);
    for (CsvTable.Row row : opened.rows()) {
      Agreement agreement = agreement(byTitle, opened, row);
      String name = opened.required(row, "indicator");
      Indicator indicator =
          agreement.getIndicators().stream()
              .filter(i -> i.getName().equals(name))
              .findFirst()
              .orElseThrow(
                  () -> new IllegalStateException(opened.path() + ": no indicator " + name));
      escalations.add(
          Escalation.open(
              indicator,
              ladder(roles, agreement.getParty()),
              opened.date(row, "geopend_op"),
              opened.required(row, "reden")));
    }
    return new Agreements(List.copyOf(byTitle.values()), escalations, measurementFiles);
  }

  private static Agreement agreement(
      Map<String, Agreement> byTitle, DemoFile file, CsvTable.Row row) {
    String title = file.required(row, "overeenkomst");
    Agreement agreement = byTitle.get(title);
    if (agreement == null) {
      throw new IllegalStateException(file.path() + ": no agreement " + title);
    }
    return agreement;
  }

  /** The escalation ladder of the party's role model; none when it has no model. */
  private static List<RolePlan.Step> ladder(List<TenantOwnedEntity> roles, Party party) {
    return roles.stream()
        .filter(PartyGovernance.class::isInstance)
        .map(PartyGovernance.class::cast)
        .filter(g -> g.getParty() == party)
        .findFirst()
        .map(PartyGovernance::ladderSteps)
        .orElse(List.of());
  }
}
