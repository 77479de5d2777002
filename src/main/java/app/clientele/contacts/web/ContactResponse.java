package app.clientele.contacts.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import app.clientele.contacts.BusinessRole;
import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactPortalStatus;
import app.clientele.contacts.EmailLabel;
import app.clientele.contacts.Phone;
import app.clientele.contacts.PreferredChannel;
import app.clientele.contacts.Stage;
import app.clientele.contacts.Warning;
import app.clientele.fields.CustomFieldRules;
import app.clientele.platform.PostalAddress;
import app.clientele.platform.Versioned;
import org.jspecify.annotations.Nullable;

record ContactResponse(UUID id, @Nullable UUID accountId, String firstName, @Nullable String middleName,
		String lastName, @Nullable String jobTitle, Set<BusinessRole> businessRoles, @Nullable Stage stage,
		@Nullable String email, List<Phone> phones, @Nullable LocalDate birthday, @Nullable String notes,
		PreferredChannel preferredChannel, boolean doNotEmail, boolean doNotCall, boolean mobileOptOut,
		boolean marketingOptIn, boolean active, boolean primary, boolean billingContact, Set<UUID> siteIds,
		List<String> tags, @Nullable Instant archivedAt, String portalStatus, List<Warning> warnings, long version,
		Instant createdAt, Instant updatedAt, @Nullable String secondEmail, @Nullable EmailLabel secondEmailLabel,
		List<PostalAddress> addresses, Map<String, Object> customFields) implements Versioned {

	/** {@code custom}: the live custom fields, asked only when the contact has values (a deleted field's stay hidden). */
	static ContactResponse of(Contact c, Map<UUID, String> portalStatuses, Supplier<CustomFieldRules> custom) {
		return new ContactResponse(c.id(), c.accountId(), c.firstName(), c.middleName(), c.lastName(), c.jobTitle(),
				c.businessRoles(), c.stage(), c.email(), c.phones(), c.birthday(), c.notes(), c.preferredChannel(),
				c.doNotEmail(), c.doNotCall(), c.mobileOptOut(), c.marketingOptIn(), c.active(), c.primary(),
				c.billingContact(), c.siteIds(), c.tags(), c.archivedAt(),
				portalStatuses.getOrDefault(c.id(), ContactPortalStatus.NOT_INVITED), c.warnings(), c.version(),
				c.createdAt(), c.updatedAt(), c.secondEmail(), c.secondEmailLabel(), c.addresses(),
				c.customFields().isEmpty() ? Map.of() : custom.get().visible(c.customFields()));
	}
}
