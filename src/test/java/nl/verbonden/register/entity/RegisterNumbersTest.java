package nl.verbonden.register.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Constraint;
import java.lang.annotation.Annotation;
import java.util.List;
import nl.verbonden.register.RegisterBundles;
import nl.verbonden.register.entity.RegisterNumbers.ValidKvk;
import nl.verbonden.register.entity.RegisterNumbers.ValidRsin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Both numbers are optional: the validators accept nothing, and otherwise only a valid number. */
class RegisterNumbersTest {

  private final ValidKvk.Validator kvk = new ValidKvk.Validator();
  private final ValidRsin.Validator rsin = new ValidRsin.Validator();

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t"})
  void bothValidatorsAcceptNothingBecauseBothNumbersAreOptional(String value) {
    assertTrue(kvk.isValid(value, null));
    assertTrue(rsin.isValid(value, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345678", " 1234 5678 "})
  void theKvkValidatorAcceptsEightDigits(String value) {
    assertTrue(kvk.isValid(value, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1234567", "123456789", "1234567A", "123456782"})
  void theKvkValidatorRejectsAnythingElse(String value) {
    assertFalse(kvk.isValid(value, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"123456782", "123 456 782", "123.456.782"})
  void theRsinValidatorAcceptsANumberThatPassesTheElevenTest(String value) {
    assertTrue(rsin.isValid(value, null));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"123456783", "213456782", "000000000", "12345678", "1234567820", "12345678A"})
  void theRsinValidatorRejectsAnythingElse(String value) {
    assertFalse(rsin.isValid(value, null));
  }

  @Test
  void theMessagesOfBothConstraintsExistInDutchAndEnglish() throws NoSuchMethodException {
    for (Class<? extends Annotation> constraint : List.of(ValidKvk.class, ValidRsin.class)) {
      String template = (String) constraint.getMethod("message").getDefaultValue();
      assertTrue(template.startsWith("{") && template.endsWith("}"), template);
      String key = template.substring(1, template.length() - 1);
      assertTrue(
          RegisterBundles.validationDutch().containsKey(key),
          key + " in ValidationMessages.properties");
      assertTrue(
          RegisterBundles.validationEnglish().containsKey(key),
          key + " in ValidationMessages_en.properties");
    }
  }

  @Test
  void thePartyValidatesBothNumbers() throws NoSuchFieldException {
    assertTrue(Party.class.getDeclaredField("kvkNumber").isAnnotationPresent(ValidKvk.class));
    assertTrue(Party.class.getDeclaredField("rsin").isAnnotationPresent(ValidRsin.class));
    assertEquals(
        ValidKvk.Validator.class, ValidKvk.class.getAnnotation(Constraint.class).validatedBy()[0]);
    assertEquals(
        ValidRsin.Validator.class,
        ValidRsin.class.getAnnotation(Constraint.class).validatedBy()[0]);
  }
}
