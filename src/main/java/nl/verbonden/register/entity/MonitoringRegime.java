package nl.verbonden.register.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How closely the municipality follows a party: licht, middel or zwaar. Each heavier regime
 * requires the instruments of the lighter ones plus its own, and is re-assessed sooner.
 */
public enum MonitoringRegime {
  LICHT(24, List.of("regime.instrument.budget", "regime.instrument.annualAccount")),
  MIDDEL(12, List.of("regime.instrument.periodicReports", "regime.instrument.consultation")),
  ZWAAR(
      6,
      List.of(
          "regime.instrument.riskAnalysis",
          "regime.instrument.frameworks",
          "regime.instrument.audit"));

  private final int reassessAfterMonths;
  private final List<String> ownInstruments;

  MonitoringRegime(int reassessAfterMonths, List<String> ownInstruments) {
    this.reassessAfterMonths = reassessAfterMonths;
    this.ownInstruments = ownInstruments;
  }

  /** The regime that fits a risk profile: low → licht, medium → middel, high → zwaar. */
  public static MonitoringRegime forProfile(RiskLevel profile) {
    return switch (profile) {
      case LAAG -> LICHT;
      case GEMIDDELD -> MIDDEL;
      case HOOG -> ZWAAR;
    };
  }

  /**
   * The instruments this regime requires (message keys): those of every lighter regime, then its
   * own.
   */
  public List<String> instruments() {
    List<String> all = new ArrayList<>();
    for (MonitoringRegime regime : values()) {
      all.addAll(regime.ownInstruments);
      if (regime == this) {
        break;
      }
    }
    return all;
  }

  public int reassessAfterMonths() {
    return reassessAfterMonths;
  }

  /** When an assessment made on this date must be made again. */
  public LocalDate reassessBy(LocalDate assessedOn) {
    return assessedOn.plusMonths(reassessAfterMonths);
  }
}
