package cn.zhaoshang.project.enterprise;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A unified social credit code that can exist: structure and check character (null passes; pair with @NotNull). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidCreditCode.Validator.class)
public @interface ValidCreditCode {

    String message() default "is not a valid unified social credit code (GB 32100-2015)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidCreditCode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            return CreditCode.problem(value).map(problem -> {
                context.disableDefaultConstraintViolation();
                // the text quotes what the caller typed: no {…} or ${…} may reach the message interpolation
                context.buildConstraintViolationWithTemplate("is not a valid unified social credit code (GB 32100-2015): "
                        + problem.replace("{", "(").replace("}", ")").replace("$", "")).addConstraintViolation();
                return false;
            }).orElse(true);
        }
    }
}
