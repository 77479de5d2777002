package app.clientele.contacts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Objects;

import app.clientele.platform.Printable;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * A contact's tags: each at most {@link #each} printable characters, and at most {@link #max}
 * of them. Blank and repeated tags are dropped when stored, so they do not count.
 */
@Documented
@Constraint(validatedBy = Tags.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface Tags {

	int each();

	int max() default ContactRules.MAX_TAGS;

	String message() default "must each be at most {each} printable characters";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<Tags, List<String>> {

		private int each;

		private int max;

		@Override
		public void initialize(Tags tags) {
			each = tags.each();
			max = tags.max();
		}

		@Override
		public boolean isValid(@Nullable List<String> tags, ConstraintValidatorContext context) {
			if (tags == null) {
				return true;
			}
			List<String> kept = tags.stream().filter(Objects::nonNull).map(String::strip).filter(t -> !t.isEmpty())
					.toList();
			if (kept.stream().anyMatch(t -> t.length() > each || Printable.Check.hasControl(t))) {
				return false;
			}
			if (kept.stream().distinct().count() > max) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("must be at most {max}").addConstraintViolation();
				return false;
			}
			return true;
		}
	}
}
