package nl.verbonden.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages, with valid list markup: PrimeFaces gives each {@code <li>} the role
 * "alert", which takes it out of its list for screen readers (axe rule "list"). The messages
 * container already announces changes ({@code aria-live}), so the role is dropped from the list
 * items and nothing else changes.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

  @Override
  protected void encodeMessage(
      ResponseWriter writer,
      Messages messages,
      FacesMessage message,
      String severity,
      boolean escape)
      throws IOException {
    super.encodeMessage(new ListItemsWithoutRole(writer), messages, message, severity, escape);
  }

  private static final class ListItemsWithoutRole extends ResponseWriterWrapper {

    private String element;

    ListItemsWithoutRole(ResponseWriter wrapped) {
      super(wrapped);
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
      element = name;
      super.startElement(name, component);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
      if (!("li".equals(element) && "role".equals(name))) {
        super.writeAttribute(name, value, property);
      }
    }
  }
}
