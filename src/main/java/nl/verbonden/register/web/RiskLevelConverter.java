package nl.verbonden.register.web;

import jakarta.faces.convert.EnumConverter;
import jakarta.faces.convert.FacesConverter;
import nl.verbonden.register.entity.RiskLevel;

/**
 * Converts the answers of the risk form, which are bound into a map and so carry no type of their
 * own.
 */
@FacesConverter("verbonden.RiskLevel")
public class RiskLevelConverter extends EnumConverter {

  public RiskLevelConverter() {
    super(RiskLevel.class);
  }
}
