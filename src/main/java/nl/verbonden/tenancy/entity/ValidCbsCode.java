package nl.verbonden.tenancy.entity;

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
 * Bean Validation for a CBS code held as text: checked at the field in forms and again in the
 * service.
 */
@Documented
@Constraint(validatedBy = ValidCbsCode.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidCbsCode {

  String message() default "{verbonden.cbsCode.invalid}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Empty is left to {@code @NotBlank}. */
  class Validator implements ConstraintValidator<ValidCbsCode, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || value.isBlank() || CbsCode.isValid(value);
    }
  }
}
