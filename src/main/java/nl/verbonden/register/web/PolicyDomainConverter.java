package nl.verbonden.register.web;

import jakarta.faces.convert.EnumConverter;
import jakarta.faces.convert.FacesConverter;
import nl.verbonden.register.entity.PolicyDomain;

/**
 * Converts the chosen policy domains, which a multiple choice binds as a list and so carry no type
 * of their own.
 */
@FacesConverter("verbonden.PolicyDomain")
public class PolicyDomainConverter extends EnumConverter {

  public PolicyDomainConverter() {
    super(PolicyDomain.class);
  }
}
