package nl.verbonden.roles.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.verbonden.roles.entity.OfficeKind;

/** The fields of an office with its term, as the people page and the person page fill them in. */
public class OfficeForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private OfficeKind kind = OfficeKind.WETHOUDER;
  private String portfolio;
  private LocalDate start;
  private LocalDate end;

  /** An empty form whose term starts on the given day. */
  public OfficeForm(LocalDate start) {
    this.start = start;
  }

  public List<OfficeKind> getKinds() {
    return List.of(OfficeKind.values());
  }

  public OfficeKind getKind() {
    return kind;
  }

  public void setKind(OfficeKind kind) {
    this.kind = kind;
  }

  public String getPortfolio() {
    return portfolio;
  }

  public void setPortfolio(String portfolio) {
    this.portfolio = portfolio;
  }

  public LocalDate getStart() {
    return start;
  }

  public void setStart(LocalDate start) {
    this.start = start;
  }

  public LocalDate getEnd() {
    return end;
  }

  public void setEnd(LocalDate end) {
    this.end = end;
  }
}
