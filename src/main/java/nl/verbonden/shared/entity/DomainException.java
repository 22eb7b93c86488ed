package nl.verbonden.shared.entity;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A business rule said no. Carries a message key of the resource bundle {@code
 * nl.verbonden.i18n.messages} (shown in the user's language), its arguments, and optionally the id
 * of the form field the message belongs to. The transaction is rolled back: nothing is saved half.
 */
@ApplicationException(rollback = true, inherited = true)
public class DomainException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final String field;
  private final Object[] arguments;

  public DomainException(String messageKey, String field, Object... arguments) {
    super(
        messageKey + (field == null ? "" : " [" + field + "]") + " " + Arrays.toString(arguments));
    this.messageKey = messageKey;
    this.field = field;
    this.arguments = arguments.clone();
  }

  public String messageKey() {
    return messageKey;
  }

  /** The id of the input the message belongs to, or null for a message about the whole form. */
  public String field() {
    return field;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
