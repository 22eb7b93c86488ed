package nl.verbonden.shared.web;

import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputtext.InputTextRenderer;
import org.primefaces.component.inputtextarea.InputTextareaRenderer;

/**
 * PrimeFaces' text renderers cut a submitted value at the field's {@code maxlength} on the server,
 * without a word. These keep the value whole, so that {@link TextValidator} refuses it with the
 * limit in the message and what was typed stays in the field. Registered for PrimeFaces' renderer
 * types in {@code faces-config.xml}.
 */
public final class WholeTextRenderers {

  private WholeTextRenderers() {}

  /** p:inputText. */
  public static class Text extends InputTextRenderer {
    @Override
    public void decode(FacesContext context, UIComponent component) {
      super.decode(context, component);
      keepWhole(context, component);
    }
  }

  /** p:inputTextarea. */
  public static class Textarea extends InputTextareaRenderer {
    @Override
    public void decode(FacesContext context, UIComponent component) {
      super.decode(context, component);
      keepWhole(context, component);
    }
  }

  static void keepWhole(FacesContext context, UIComponent component) {
    EditableValueHolder input = (EditableValueHolder) component;
    String submitted =
        context.getExternalContext().getRequestParameterMap().get(component.getClientId(context));
    if (submitted != null
        && input.getSubmittedValue() instanceof String cut
        && submitted.length() > cut.length()) {
      input.setSubmittedValue(submitted);
    }
  }
}
