package app.clientele.portal.web;

import java.util.Set;
import java.util.UUID;

import app.clientele.platform.IfMatch;
import app.clientele.portal.PortalAccessView;
import app.clientele.portal.PortalManagement;
import app.clientele.portal.PortalSettings;
import app.clientele.staff.PortalPermission;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Portal access of a contact, for staff. */
@RestController
@RequestMapping("/api/v1/contacts/{id}/portal")
class PortalStaffApiController {

	private final PortalManagement portal;

	PortalStaffApiController(PortalManagement portal) {
		this.portal = portal;
	}

	record PortalRequest(@NotNull Boolean enabled, @Nullable Set<PortalPermission> permissions,
			@Nullable Boolean allSites, @Nullable Set<UUID> siteIds) {
	}

	record ImpersonationRequest(@Nullable String reason) {
	}

	@GetMapping
	PortalAccessView get(@PathVariable UUID id) {
		return portal.get(id);
	}

	@PutMapping
	PortalAccessView put(@PathVariable UUID id, @Valid @RequestBody PortalRequest request,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		return portal.update(id, new PortalSettings(request.enabled(), request.permissions(),
				request.allSites() == null || request.allSites(), request.siteIds()), IfMatch.of(ifMatch));
	}

	@PostMapping("/invitations")
	PortalAccessView invite(@PathVariable UUID id) {
		return portal.invite(id);
	}

	@PostMapping("/password-reset")
	ResponseEntity<Void> passwordReset(@PathVariable UUID id) {
		portal.sendSetPassword(id);
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/revoke")
	PortalAccessView revoke(@PathVariable UUID id) {
		return portal.revoke(id);
	}

	@PostMapping("/impersonation")
	PortalManagement.ImpersonationLink impersonate(@PathVariable UUID id, @RequestBody ImpersonationRequest request) {
		return portal.impersonate(id, request.reason());
	}
}
