package nl.verbonden.agreements.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.verbonden.agreements.boundary.AgreementService;
import nl.verbonden.agreements.boundary.AgreementStatusView;
import nl.verbonden.agreements.boundary.EscalationService;
import nl.verbonden.agreements.boundary.IndicatorStatus;
import nl.verbonden.agreements.boundary.MeasurementService;
import nl.verbonden.agreements.boundary.RecordResult;
import nl.verbonden.agreements.control.Reading;
import nl.verbonden.agreements.entity.AgreementChange;
import nl.verbonden.agreements.entity.Direction;
import nl.verbonden.agreements.entity.Escalation;
import nl.verbonden.agreements.entity.Frequency;
import nl.verbonden.agreements.entity.Indicator;
import nl.verbonden.agreements.entity.IndicatorKind;
import nl.verbonden.agreements.entity.MeasurementChange;
import nl.verbonden.agreements.entity.Period;
import nl.verbonden.shared.web.LocaleSelection;
import nl.verbonden.shared.web.Messages;

/**
 * DVO's &gt; Overeenkomst: one agreement with the light of every indicator and of the whole, a
 * trend chart per indicator, the grid to enter a period's values, the indicator form, and the
 * escalations with their steps, and the history of the agreement and its indicators.
 */
@Named
@ViewScoped
public class AgreementPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Clock clock;

  @Inject private AgreementService service;
  @Inject private MeasurementService measurements;
  @Inject private EscalationService escalations;
  @Inject private LocaleSelection language;

  private Long id;
  private AgreementStatusView view;
  private final Map<Long, String> charts = new HashMap<>();
  private List<MeasurementChange> corrections;
  private List<AgreementChange> history;

  private Indicator indicatorForm = new Indicator();

  /** From which period changed thresholds hold (blank: from the beginning). */
  private String thresholdsFrom;

  private String periodText;
  private List<GridRow> grid = new ArrayList<>();

  private List<nl.verbonden.shared.web.ImportErrorLine> importErrors = List.of();
  private String importSummary;

  private Long escalationId;
  private String escalationNote;

  public void load() {
    view = service.status(id);
    corrections = measurements.corrections(id);
    history = service.history(id);
    charts.clear();
    for (IndicatorStatus status : view.indicators()) {
      charts.put(
          status.indicator().getId(),
          TrendChart.of(status, key -> Messages.text(language.getLocale(), key)));
    }
    if (periodText == null) {
      periodText =
          Period.containing(view.agreement().getReportingFrequency(), LocalDate.now(clock))
              .previous()
              .code();
    }
    fillGrid();
  }

  /**
   * The grid's rows for the chosen period: the indicators measured at its frequency, with their
   * values so far.
   */
  public void fillGrid() {
    grid = new ArrayList<>();
    Period period;
    try {
      period = Period.parse(periodText);
    } catch (nl.verbonden.shared.entity.DomainException wrongFormat) {
      return;
    }
    for (IndicatorStatus status : view.indicators()) {
      if (status.indicator().getFrequency() != period.frequency()) {
        continue;
      }
      GridRow row = new GridRow(status.indicator());
      status.measurements().stream()
          .filter(m -> m.getPeriodCode().equals(period.code()))
          .findFirst()
          .ifPresent(m -> row.fill(m.getValue(), m.getSource(), m.getComment()));
      grid.add(row);
    }
  }

  public void saveGrid() {
    Period period = Period.parse(periodText);
    List<Reading> readings =
        grid.stream()
            .map(
                r ->
                    new Reading(
                        r.getIndicator().getId(), r.getValue(), r.getSource(), r.getComment()))
            .toList();
    if (readings.stream().allMatch(r -> r.value() == null)) {
      // nothing to save is not a success: say so, and keep the grid as it is
      Messages.add(
          null, jakarta.faces.application.FacesMessage.SEVERITY_WARN, "measurements.nothingTyped");
      return;
    }
    RecordResult result = measurements.record(id, period, readings);
    report(result);
    load();
  }

  static void report(RecordResult result) {
    if (result.added() + result.corrected() == 0) {
      Messages.info("measurements.unchanged", result.unchanged());
    } else {
      Messages.info(
          "measurements.recorded", result.added(), result.corrected(), result.unchanged());
    }
    for (String indicator : result.escalated()) {
      Messages.add(
          null,
          jakarta.faces.application.FacesMessage.SEVERITY_WARN,
          "escalation.opened",
          indicator);
    }
    for (String indicator : result.withoutLadder()) {
      Messages.add(
          null,
          jakarta.faces.application.FacesMessage.SEVERITY_WARN,
          "escalation.noLadder",
          indicator);
    }
  }

  /** Imports a CSV file of measurements: all or nothing; a refused file lists every wrong row. */
  public void importFile(org.primefaces.event.FileUploadEvent event) {
    org.primefaces.model.file.UploadedFile file = event.getFile();
    nl.verbonden.agreements.boundary.MeasurementImportResult result =
        measurements.importCsv(id, file == null ? new byte[0] : file.getContent());
    if (result.succeeded()) {
      importErrors = List.of();
      importSummary = null;
      report(result.recorded());
      load();
    } else {
      importSummary = Messages.text("import.failed", result.result().errors().size());
      importErrors =
          result.result().errors().stream()
              .map(nl.verbonden.shared.web.ImportErrorLine::of)
              .toList();
    }
  }

  public List<nl.verbonden.shared.web.ImportErrorLine> getImportErrors() {
    return importErrors;
  }

  public String getImportSummary() {
    return importSummary;
  }

  /** Saves the indicator form: a new indicator, or the changes of the one being edited. */
  public void saveIndicator() {
    if (indicatorForm.isNew()) {
      Indicator added = service.addIndicator(id, indicatorForm);
      Messages.info("indicator.added", added.getName());
    } else {
      Period from =
          thresholdsFrom == null || thresholdsFrom.isBlank() ? null : Period.parse(thresholdsFrom);
      Indicator saved = service.updateIndicator(id, indicatorForm, from);
      Messages.info("indicator.saved", saved.getName());
    }
    indicatorForm = new Indicator();
    load();
  }

  /** Puts an indicator in the form to change it. */
  public void editIndicator(Indicator indicator) {
    indicatorForm = indicator;
    thresholdsFrom = Period.containing(indicator.getFrequency(), LocalDate.now(clock)).code();
  }

  public String getThresholdsFrom() {
    return thresholdsFrom;
  }

  public void setThresholdsFrom(String thresholdsFrom) {
    this.thresholdsFrom = thresholdsFrom;
  }

  public void cancelIndicator() {
    indicatorForm = new Indicator();
  }

  public void raise() {
    Escalation raised = escalations.raise(escalationId, escalationNote);
    Messages.info("escalation.raised", raised.getIndicator().getName(), raised.getLevelName());
    escalationNote = null;
    load();
  }

  public void resolve() {
    Escalation resolved = escalations.resolve(escalationId, escalationNote);
    Messages.info("escalation.resolved", resolved.getIndicator().getName());
    escalationNote = null;
    load();
  }

  public String chart(Indicator indicator) {
    return charts.get(indicator.getId());
  }

  public List<IndicatorKind> getKinds() {
    return List.of(IndicatorKind.values());
  }

  public List<Direction> getDirections() {
    return List.of(Direction.values());
  }

  public List<Frequency> getFrequencies() {
    return List.of(Frequency.values());
  }

  public List<Escalation> getOpenEscalations() {
    return view.escalations().stream()
        .filter(e -> e.getStatus() == nl.verbonden.agreements.entity.EscalationStatus.OPEN)
        .toList();
  }

  public Long getId() {
    return id;
  }

  public List<AgreementChange> getHistory() {
    return history;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public AgreementStatusView getView() {
    return view;
  }

  public List<MeasurementChange> getCorrections() {
    return corrections;
  }

  public Indicator getIndicatorForm() {
    return indicatorForm;
  }

  public String getPeriodText() {
    return periodText;
  }

  public void setPeriodText(String periodText) {
    this.periodText = periodText;
  }

  public List<GridRow> getGrid() {
    return grid;
  }

  public Long getEscalationId() {
    return escalationId;
  }

  public void setEscalationId(Long escalationId) {
    this.escalationId = escalationId;
  }

  public String getEscalationNote() {
    return escalationNote;
  }

  public void setEscalationNote(String escalationNote) {
    this.escalationNote = escalationNote;
  }

  /** One indicator's input in the grid. */
  public static class GridRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Indicator indicator;
    private BigDecimal value;
    private String source;
    private String comment;

    GridRow(Indicator indicator) {
      this.indicator = indicator;
    }

    void fill(BigDecimal value, String source, String comment) {
      this.value = value;
      this.source = source;
      this.comment = comment;
    }

    public Indicator getIndicator() {
      return indicator;
    }

    public BigDecimal getValue() {
      return value;
    }

    public void setValue(BigDecimal value) {
      this.value = value;
    }

    public String getSource() {
      return source;
    }

    public void setSource(String source) {
      this.source = source;
    }

    public String getComment() {
      return comment;
    }

    public void setComment(String comment) {
      this.comment = comment;
    }
  }
}
