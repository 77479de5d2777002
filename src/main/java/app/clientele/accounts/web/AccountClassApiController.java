package app.clientele.accounts.web;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import app.clientele.accounts.AccountClass;
import app.clientele.accounts.AccountClassDetails;
import app.clientele.accounts.AccountClassManagement;
import app.clientele.platform.IfMatch;
import app.clientele.platform.MergePatch;
import app.clientele.platform.Page;
import app.clientele.platform.Versioned;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/account-classes")
class AccountClassApiController {

	private final AccountClassManagement classes;
	private final MergePatch mergePatch;

	AccountClassApiController(AccountClassManagement classes, MergePatch mergePatch) {
		this.classes = classes;
		this.mergePatch = mergePatch;
	}

	/** An account class as clients send it; flags left out take the defaults of the contract. */
	record AccountClassRequest(@NotNull String name, @Nullable Boolean portalEnabled,
			@Nullable Boolean autoSendPortalInvite, @Nullable Boolean allowInvoiceVerifiedSelfRegistration) {

		static AccountClassRequest of(AccountClass c) {
			return new AccountClassRequest(c.name(), c.portalEnabled(), c.autoSendPortalInvite(),
					c.allowInvoiceVerifiedSelfRegistration());
		}

		AccountClassDetails details() {
			return new AccountClassDetails(name, portalEnabled == null || portalEnabled,
					Boolean.TRUE.equals(autoSendPortalInvite), Boolean.TRUE.equals(allowInvoiceVerifiedSelfRegistration));
		}
	}

	record AccountClassResponse(UUID id, String name, boolean portalEnabled, boolean autoSendPortalInvite,
			boolean allowInvoiceVerifiedSelfRegistration, long version, Instant createdAt, Instant updatedAt)
			implements Versioned {

		static AccountClassResponse of(AccountClass c) {
			return new AccountClassResponse(c.id(), c.name(), c.portalEnabled(), c.autoSendPortalInvite(),
					c.allowInvoiceVerifiedSelfRegistration(), c.version(), c.createdAt(), c.updatedAt());
		}
	}

	@PostMapping
	ResponseEntity<AccountClassResponse> create(@Valid @RequestBody AccountClassRequest request) {
		AccountClass created = classes.create(request.details());
		return ResponseEntity.created(URI.create("/api/v1/account-classes/" + created.id()))
				.body(AccountClassResponse.of(created));
	}

	@GetMapping
	Page<AccountClassResponse> list() {
		return new Page<>(classes.list().stream().map(AccountClassResponse::of).toList(), null);
	}

	@GetMapping("/{id}")
	AccountClassResponse get(@PathVariable UUID id) {
		return AccountClassResponse.of(classes.get(id));
	}

	@PatchMapping(path = "/{id}", consumes = { "application/merge-patch+json", "application/json" })
	AccountClassResponse patch(@PathVariable UUID id, @RequestBody JsonNode patch,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		AccountClass current = classes.get(id);
		IfMatch expected = IfMatch.of(ifMatch);
		expected.check("Account class " + id, current.version());
		AccountClassRequest changed = mergePatch.apply(AccountClassRequest.of(current), patch, AccountClassRequest.class);
		return AccountClassResponse.of(classes.update(id, changed.details(), IfMatch.version(current.version())));
	}
}
