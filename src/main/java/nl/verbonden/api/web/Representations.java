package nl.verbonden.api.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.verbonden.agreements.boundary.IndicatorStatus;
import nl.verbonden.agreements.entity.Agreement;
import nl.verbonden.agreements.entity.Indicator;
import nl.verbonden.agreements.entity.Measurement;
import nl.verbonden.register.entity.Interest;
import nl.verbonden.register.entity.Participant;
import nl.verbonden.register.entity.Party;
import nl.verbonden.register.entity.PolicyDomain;
import nl.verbonden.register.entity.RiskAssessment;
import nl.verbonden.register.entity.YearFigures;

/** What the API shows of the domain, with Dutch names (the interface language). */
public final class Representations {

  private Representations() {}

  static Map<String, String> href(String path) {
    return Map.of("href", ApiVersion.ROOT + path);
  }

  public record Belang(
      boolean bestuurszetel,
      boolean stemrecht,
      BigDecimal stemaandeel,
      String bestuurlijkeToelichting,
      BigDecimal bedragRisico,
      boolean aansprakelijk,
      String financieleToelichting) {
    static Belang of(Interest i) {
      return new Belang(
          i.isBoardSeat(),
          i.isVotingRights(),
          i.getVotingShare(),
          i.getGovernanceDescription(),
          i.getAmountAtRisk(),
          i.isLiable(),
          i.getFinancialDescription());
    }
  }

  public record Risico(
      String regime, LocalDate beoordeeldOp, LocalDate herbeoordelenVoor, String toelichting) {
    static Risico of(RiskAssessment r) {
      return new Risico(
          r.getRegime() == null ? null : r.getRegime().name().toLowerCase(),
          r.getAssessedOn(),
          r.getReassessBy(),
          r.getNotes());
    }
  }

  public record Partij(
      Long id,
      long versie,
      String naam,
      String rechtsvorm,
      String bbvGroep,
      String kvkNummer,
      String rsin,
      String vestigingsplaats,
      List<String> beleidsvelden,
      String publiekBelang,
      LocalDate startdatum,
      LocalDate einddatum,
      String eindreden,
      boolean verbondenPartij,
      Belang belang,
      Risico risico,
      Instant gewijzigdOp,
      Map<String, Map<String, String>> _links) {
    static Partij of(Party p) {
      String self = "/partijen/" + p.getId();
      return new Partij(
          p.getId(),
          p.getVersion(),
          p.getName(),
          code(p.getLegalForm()),
          code(p.getBbvGroup()),
          p.getKvkNumber(),
          p.getRsin(),
          p.getSeat(),
          p.getDomainList().stream().map(PolicyDomain::name).map(String::toLowerCase).toList(),
          p.getPublicInterest(),
          p.getStartDate(),
          p.getEndDate(),
          p.getEndReason(),
          p.isVerbondenPartij(),
          Belang.of(p.getInterest()),
          Risico.of(p.getRisk()),
          p.getUpdatedAt(),
          Map.of(
              "self", href(self),
              "deelnemers", href(self + "/deelnemers"),
              "jaarcijfers", href(self + "/jaarcijfers"),
              "rollen", href(self + "/rollen")));
    }
  }

  public record Deelnemer(Long id, String naam, String soort, BigDecimal stemaandeel) {
    static Deelnemer of(Participant p) {
      return new Deelnemer(p.getId(), p.getName(), code(p.getKind()), p.getVotingShare());
    }
  }

  public record Jaarcijfers(
      Long id,
      Integer jaar,
      String soort,
      BigDecimal eigenVermogenBegin,
      BigDecimal eigenVermogenEind,
      BigDecimal vreemdVermogenBegin,
      BigDecimal vreemdVermogenEind,
      BigDecimal resultaat,
      BigDecimal bijdrage,
      BigDecimal belangBegin,
      BigDecimal belangEind) {
    static Jaarcijfers of(YearFigures f) {
      return new Jaarcijfers(
          f.getId(),
          f.getYear(),
          code(f.getKind()),
          f.getEquityStart(),
          f.getEquityEnd(),
          f.getLiabilitiesStart(),
          f.getLiabilitiesEnd(),
          f.getResult(),
          f.getContribution(),
          f.getInterestStart(),
          f.getInterestEnd());
    }
  }

  public record Overeenkomst(
      Long id,
      long versie,
      String titel,
      Long partijId,
      String partijNaam,
      LocalDate startdatum,
      LocalDate einddatum,
      String status,
      String instrument,
      BigDecimal jaarbudget,
      String rapportagefrequentie,
      int escalerenNa,
      Map<String, Map<String, String>> _links) {
    static Overeenkomst of(Agreement a) {
      String self = "/overeenkomsten/" + a.getId();
      return new Overeenkomst(
          a.getId(),
          a.getVersion(),
          a.getTitle(),
          a.getParty().getId(),
          a.getParty().getName(),
          a.getStartDate(),
          a.getEndDate(),
          code(a.getStatus()),
          code(a.getInstrument()),
          a.getAnnualBudget(),
          code(a.getReportingFrequency()),
          a.getEscalateAfter(),
          Map.of(
              "self", href(self),
              "partij", href("/partijen/" + a.getParty().getId()),
              "indicatoren", href(self + "/indicatoren"),
              "metingen", href(self + "/metingen")));
    }
  }

  public record IndicatorView(
      Long id,
      long versie,
      String naam,
      String soort,
      String eenheid,
      BigDecimal streefwaarde,
      String richting,
      BigDecimal groenGrens,
      BigDecimal roodGrens,
      String frequentie,
      String stoplicht,
      String ontbrekendePeriode) {
    static IndicatorView of(IndicatorStatus s) {
      Indicator i = s.indicator();
      return new IndicatorView(
          i.getId(),
          i.getVersion(),
          i.getName(),
          code(i.getKind()),
          i.getUnit(),
          i.getTarget(),
          code(i.getDirection()),
          i.getGreenThreshold(),
          i.getRedThreshold(),
          code(i.getFrequency()),
          light(s.light() == null ? null : s.light().name()),
          s.missingPeriod());
    }
  }

  public record Meting(
      Long id,
      Long indicatorId,
      String indicator,
      String periode,
      LocalDate periodeStart,
      BigDecimal waarde,
      String bron,
      String toelichting) {
    static Meting of(Measurement m) {
      return new Meting(
          m.getId(),
          m.getIndicator().getId(),
          m.getIndicator().getName(),
          m.getPeriodCode(),
          m.getPeriodStart(),
          m.getValue(),
          m.getSource(),
          m.getComment());
    }
  }

  /** A traffic light by its Dutch name. */
  static String light(String name) {
    if (name == null) {
      return null;
    }
    return switch (name) {
      case "GREEN" -> "groen";
      case "AMBER" -> "oranje";
      case "RED" -> "rood";
      default -> "grijs";
    };
  }

  static String code(Enum<?> value) {
    return value == null ? null : value.name().toLowerCase();
  }
}
