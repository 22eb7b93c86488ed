package nl.verbonden.register.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * The figures of a party for one year, planned (begroting) or actual (jaarrekening), as the
 * paragraaf verbonden partijen reports them. Euro amounts, exact to the cent; equity and result may
 * be negative. One row per party, year and kind.
 */
@Entity
@Table(name = "year_figures")
@NamedQuery(
    name = YearFigures.OF_PARTY,
    query = "select f from YearFigures f where f.party.id = :party order by f.year desc, f.kind")
@NamedQuery(
    name = YearFigures.FIND,
    query =
        "select f from YearFigures f where f.party.id = :party and f.year = :year and f.kind = :kind")
public class YearFigures extends TenantOwnedEntity {

  private static final long serialVersionUID = 1L;
  public static final String OF_PARTY = "YearFigures.ofParty";
  public static final String FIND = "YearFigures.find";

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "party_id", nullable = false)
  private Party party;

  @NotNull
  @Min(value = 1900, message = "{verbonden.year.range}")
  @Max(value = 2100, message = "{verbonden.year.range}")
  @Column(name = "fiscal_year", nullable = false)
  private Integer year;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private FigureKind kind;

  @Digits(integer = 13, fraction = 2, message = "{verbonden.money.format}")
  @Column(name = "equity_start", precision = 15, scale = 2)
  private BigDecimal equityStart;

  @Digits(integer = 13, fraction = 2, message = "{verbonden.money.format}")
  @Column(name = "equity_end", precision = 15, scale = 2)
  private BigDecimal equityEnd;

  @Digits(integer = 13, fraction = 2, message = "{verbonden.money.format}")
  @Column(name = "liabilities_start", precision = 15, scale = 2)
  private BigDecimal liabilitiesStart;

  @Digits(integer = 13, fraction = 2, message = "{verbonden.money.format}")
  @Column(name = "liabilities_end", precision = 15, scale = 2)
  private BigDecimal liabilitiesEnd;

  @Digits(integer = 13, fraction = 2, message = "{verbonden.money.format}")
  @Column(name = "result", precision = 15, scale = 2)
  private BigDecimal result;

  /** The municipality's own contribution to the party in this year. */
  @Digits(integer = 13, fraction = 2, message = "{verbonden.money.format}")
  @Column(name = "contribution", precision = 15, scale = 2)
  private BigDecimal contribution;

  /** The size of the municipality's (financial) belang at 1 January. */
  @Digits(integer = 13, fraction = 2, message = "{verbonden.money.format}")
  @Column(name = "interest_start", precision = 15, scale = 2)
  private BigDecimal interestStart;

  /** The size of the municipality's (financial) belang at 31 December. */
  @Digits(integer = 13, fraction = 2, message = "{verbonden.money.format}")
  @Column(name = "interest_end", precision = 15, scale = 2)
  private BigDecimal interestEnd;

  public YearFigures() {}

  public YearFigures(Integer year, FigureKind kind) {
    this.year = year;
    this.kind = kind;
  }

  /** Binds new figures to their party; the service does so once, before saving. */
  public void belongTo(Party owner) {
    if (party != null && party != owner) {
      throw new IllegalStateException("Figures belong to one party");
    }
    this.party = owner;
  }

  /** The amounts, labelled by message key, for the history. */
  public Map<String, Object> describe() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("figures.equityStart", equityStart);
    fields.put("figures.equityEnd", equityEnd);
    fields.put("figures.liabilitiesStart", liabilitiesStart);
    fields.put("figures.liabilitiesEnd", liabilitiesEnd);
    fields.put("figures.result", result);
    fields.put("figures.contribution", contribution);
    fields.put("figures.interestStart", interestStart);
    fields.put("figures.interestEnd", interestEnd);
    return fields;
  }

  /** Copies the amounts of an edited copy. */
  public void copyAmountsFrom(YearFigures edited) {
    equityStart = edited.equityStart;
    equityEnd = edited.equityEnd;
    liabilitiesStart = edited.liabilitiesStart;
    liabilitiesEnd = edited.liabilitiesEnd;
    result = edited.result;
    contribution = edited.contribution;
    interestStart = edited.interestStart;
    interestEnd = edited.interestEnd;
  }

  public Party getParty() {
    return party;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public FigureKind getKind() {
    return kind;
  }

  public void setKind(FigureKind kind) {
    this.kind = kind;
  }

  public BigDecimal getEquityStart() {
    return equityStart;
  }

  public void setEquityStart(BigDecimal equityStart) {
    this.equityStart = equityStart;
  }

  public BigDecimal getEquityEnd() {
    return equityEnd;
  }

  public void setEquityEnd(BigDecimal equityEnd) {
    this.equityEnd = equityEnd;
  }

  public BigDecimal getLiabilitiesStart() {
    return liabilitiesStart;
  }

  public void setLiabilitiesStart(BigDecimal liabilitiesStart) {
    this.liabilitiesStart = liabilitiesStart;
  }

  public BigDecimal getLiabilitiesEnd() {
    return liabilitiesEnd;
  }

  public void setLiabilitiesEnd(BigDecimal liabilitiesEnd) {
    this.liabilitiesEnd = liabilitiesEnd;
  }

  public BigDecimal getResult() {
    return result;
  }

  public void setResult(BigDecimal result) {
    this.result = result;
  }

  public BigDecimal getContribution() {
    return contribution;
  }

  public void setContribution(BigDecimal contribution) {
    this.contribution = contribution;
  }

  public BigDecimal getInterestStart() {
    return interestStart;
  }

  public void setInterestStart(BigDecimal interestStart) {
    this.interestStart = interestStart;
  }

  public BigDecimal getInterestEnd() {
    return interestEnd;
  }

  public void setInterestEnd(BigDecimal interestEnd) {
    this.interestEnd = interestEnd;
  }
}
