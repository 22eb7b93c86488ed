package nl.verbonden.agreements.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import nl.verbonden.agreements.entity.Period;
import nl.verbonden.shared.control.MessageBundle;
import nl.verbonden.shared.entity.DomainException;

/**
 * A measurement period as typed ({@code 2026-K3}, {@code 2026-03}, {@code 2026-H1}, {@code 2026}):
 * an unknown one ({@code H2-2026}) is refused at the field, where it stays as typed, and the grid
 * keeps what was typed in it.
 */
@FacesValidator("vb.period")
public class PeriodValidator implements Validator<Object> {

  @Override
  public void validate(FacesContext context, UIComponent component, Object value) {
    if (value == null || value.toString().isBlank()) {
      return;
    }
    try {
      Period.parse(value.toString());
    } catch (DomainException wrong) {
      String text =
          MessageBundle.text(
              context.getViewRoot().getLocale(), wrong.messageKey(), wrong.arguments());
      throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
  }
}
