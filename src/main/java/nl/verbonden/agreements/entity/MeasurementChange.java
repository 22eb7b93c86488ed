package nl.verbonden.agreements.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import nl.verbonden.shared.entity.TenantOwnedEntity;

/**
 * A correction of a measurement: the earlier and the new value (who and when are the audit
 * columns).
 */
@Entity
@Table(name = "measurement_change")
@NamedQuery(
    name = MeasurementChange.OF_AGREEMENT,
    query =
        "select c from MeasurementChange c join fetch c.measurement m join fetch m.indicator i"
            + " where i.agreement.id = :agreement order by c.createdAt desc")
public class MeasurementChange extends TenantOwnedEntity {

  private static final long serialVersionUID = 1L;
  public static final String OF_AGREEMENT = "MeasurementChange.ofAgreement";

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "measurement_id", nullable = false, updatable = false)
  private Measurement measurement;

  @Column(name = "old_value", nullable = false, updatable = false, precision = 15, scale = 2)
  private BigDecimal oldValue;

  @Column(name = "new_value", nullable = false, updatable = false, precision = 15, scale = 2)
  private BigDecimal newValue;

  @Column(name = "old_source", updatable = false, length = Measurement.MAX_TEXT)
  private String oldSource;

  @Column(name = "new_source", updatable = false, length = Measurement.MAX_TEXT)
  private String newSource;

  protected MeasurementChange() {}

  MeasurementChange(
      Measurement measurement,
      BigDecimal oldValue,
      BigDecimal newValue,
      String oldSource,
      String newSource) {
    this.measurement = measurement;
    this.oldValue = oldValue;
    this.newValue = newValue;
    this.oldSource = oldSource;
    this.newSource = newSource;
  }

  public Measurement getMeasurement() {
    return measurement;
  }

  public BigDecimal getOldValue() {
    return oldValue;
  }

  public BigDecimal getNewValue() {
    return newValue;
  }

  public String getOldSource() {
    return oldSource;
  }

  public String getNewSource() {
    return newSource;
  }
}
