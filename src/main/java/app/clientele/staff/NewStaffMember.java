package app.clientele.staff;

import java.util.Set;

import app.clientele.platform.EmailAddress;
import app.clientele.platform.StaffEmails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What it takes to create a staff user. */
public record NewStaffMember(
		@NotBlank(message = StaffEmails.RULE) @EmailAddress(internalDomains = true, message = StaffEmails.RULE)
		String email,
		@NotBlank(message = NAME_RULE) @Size(max = 200, message = NAME_RULE) String name,
		@NotEmpty(message = "must name at least one role") Set<Role> roles,
		@NotNull(message = "is required") String password) {

	static final String NAME_RULE = "is required (at most 200 characters)";
}
