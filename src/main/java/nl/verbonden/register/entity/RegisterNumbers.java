package nl.verbonden.register.entity;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bean Validation for the numbers of the trade register, held as text; empty is allowed (both are
 * optional).
 */
public final class RegisterNumbers {

  private RegisterNumbers() {}

  /** A KvK number: eight digits. */
  @Documented
  @Constraint(validatedBy = ValidKvk.Validator.class)
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
  @Retention(RetentionPolicy.RUNTIME)
  public @interface ValidKvk {
    String message() default "{verbonden.kvk.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidKvk, String> {
      @Override
      public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.isBlank() || KvkNumber.isValid(value);
      }
    }
  }

  /** An RSIN: nine digits passing the eleven-test. */
  @Documented
  @Constraint(validatedBy = ValidRsin.Validator.class)
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
  @Retention(RetentionPolicy.RUNTIME)
  public @interface ValidRsin {
    String message() default "{verbonden.rsin.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidRsin, String> {
      @Override
      public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.isBlank() || Rsin.isValid(value);
      }
    }
  }
}
