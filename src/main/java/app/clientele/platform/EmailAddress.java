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
 * An email address a customer can receive mail at, as {@link Emails#isValid} decides; or, with
 * {@link #internalDomains}, one a staff user signs in with ({@link StaffEmails#isValid}). Null and
 * blank pass (an optional address); pair with {@code @NotBlank} to require one.
 */
@Documented
@Constraint(validatedBy = EmailAddress.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE,
		ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface EmailAddress {

	/** Whether internal domains such as {@code .internal} are allowed: staff addresses, never customers'. */
	boolean internalDomains() default false;

	String message() default "must be a valid email address";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<EmailAddress, String> {

		private boolean internalDomains;

		@Override
		public void initialize(EmailAddress address) {
			internalDomains = address.internalDomains();
		}

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank()) {
				return true;
			}
			return internalDomains ? StaffEmails.isValid(value) : Emails.isValid(value.strip());
		}
	}
}
