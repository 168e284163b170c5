package cn.zhaoshang.chassis.text;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A name or title people will read must show something: text made only of spaces, zero-width and direction
 * marks (U+200B, U+200E, U+200F, U+FEFF…) or control characters is refused. Null passes (pair with
 * {@code @NotNull}/{@code @NotBlank} where required).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = VisibleText.Validator.class)
public @interface VisibleText {

    String message() default "must contain a visible character";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<VisibleText, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Texts.hasVisibleCharacter(value);
        }
    }
}
