package app.clientele.staff.web;

import java.net.URI;
import java.util.Set;
import java.util.UUID;

import app.clientele.platform.IfMatch;
import app.clientele.platform.Page;
import app.clientele.platform.PageRequest;
import app.clientele.staff.NewStaffMember;
import app.clientele.staff.Role;
import app.clientele.staff.StaffManagement;
import app.clientele.staff.StaffMember;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/staff")
class StaffApiController {

	private final StaffManagement staff;

	StaffApiController(StaffManagement staff) {
		this.staff = staff;
	}

	record StaffRequest(@NotNull String email, @NotNull String name, @NotNull Set<Role> roles,
			@NotNull String password) {
	}

	@PostMapping
	ResponseEntity<StaffMember> create(@Valid @RequestBody StaffRequest request) {
		StaffMember created = staff.create(
				new NewStaffMember(request.email(), request.name(), request.roles(), request.password()));
		return ResponseEntity.created(URI.create("/api/v1/staff/" + created.id())).body(created);
	}

	@GetMapping
	Page<StaffMember> list(@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String after) {
		return staff.list(PageRequest.of(limit, after));
	}

	@GetMapping("/{id}")
	StaffMember get(@PathVariable UUID id) {
		return staff.get(id);
	}

	@PostMapping("/{id}/disable")
	StaffMember disable(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		return staff.disable(id, IfMatch.of(ifMatch));
	}

	@PostMapping("/{id}/enable")
	StaffMember enable(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		return staff.enable(id, IfMatch.of(ifMatch));
	}
}
