package app.clientele.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * At most {@link #max} characters once surrounding whitespace is stripped: for text the module
 * stores stripped, where {@code @Size} would refuse a value that fits once stored. Null passes.
 */
@Documented
@Constraint(validatedBy = TextLimit.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE,
		ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface TextLimit {

	int max();

	String message() default "must be at most {max} characters";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<TextLimit, String> {

		private int max;

		@Override
		public void initialize(TextLimit limit) {
			max = limit.max();
		}

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			return value == null || value.strip().length() <= max;
		}
	}
}
