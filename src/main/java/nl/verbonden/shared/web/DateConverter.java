package nl.verbonden.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import nl.verbonden.shared.control.DutchDate;
import nl.verbonden.shared.control.MessageBundle;

/**
 * The one way a date typed in a page is read: day-month-year, strictly ({@link DutchDate});
 * "31-02-2012 bestaat niet" at the field instead of 29-2-2012 saved. Every date field of type
 * {@code LocalDate} uses it ({@code forClass}), the date pickers included.
 */
@FacesConverter(forClass = LocalDate.class)
public class DateConverter implements Converter<LocalDate> {

  @Override
  public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
    DutchDate.Read read = DutchDate.read(value);
    if (read instanceof DutchDate.Read.Refused refused) {
      String text =
          MessageBundle.text(
              context.getViewRoot().getLocale(), refused.messageKey(), refused.arguments());
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
    return read instanceof DutchDate.Read.Date date ? date.value() : null;
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
    return DutchDate.show(value);
  }

  /**
   * The same converter by id, for components that do not look converters up by type (PrimeFaces'
   * date picker): {@code <p:datePicker converter="vb.date"/>}.
   */
  @FacesConverter("vb.date")
  public static class ById extends DateConverter {}
}
