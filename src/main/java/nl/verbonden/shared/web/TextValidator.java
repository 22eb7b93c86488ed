package nl.verbonden.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import nl.verbonden.shared.control.MessageBundle;
import nl.verbonden.shared.control.TextRules;

/**
 * Checks every text typed in any input of the application ({@code faces-config.xml} makes it a
 * default validator): not longer than the field's {@code maxlength}, and free of invisible control
 * characters ({@link TextRules}). With {@link WholeTextRenderers}, which stop PrimeFaces from
 * cutting a value at {@code maxlength} on the server, an over-long text is refused with the limit
 * in the message instead of being cut without a word.
 */
@FacesValidator("vb.text")
public class TextValidator implements Validator<Object> {

  @Override
  public void validate(FacesContext context, UIComponent component, Object value) {
    if (!(value instanceof String text)) {
      return;
    }
    Object max = component.getAttributes().get("maxlength");
    int maxLength = max instanceof Number n ? n.intValue() : 0;
    TextRules.check(text, Math.max(maxLength, 0))
        .ifPresent(
            refusal -> {
              String message =
                  MessageBundle.text(
                      context.getViewRoot().getLocale(), refusal.messageKey(), refusal.arguments());
              throw new ValidatorException(
                  new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
            });
  }
}
