package app.clientele.portal.web;

import java.util.UUID;

import app.clientele.platform.Page;
import app.clientele.platform.PageRequest;
import app.clientele.portal.LoginRequests;
import app.clientele.portal.SelfRegistration;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Self-registration and login requests: the customer's side (portal API) and the staff's (API). */
@RestController
class RegistrationApiController {

	private final SelfRegistration registration;
	private final LoginRequests loginRequests;

	RegistrationApiController(SelfRegistration registration, LoginRequests loginRequests) {
		this.registration = registration;
		this.loginRequests = loginRequests;
	}

	record RegisterRequest(@Nullable String invoiceNumber, @Nullable String quickPayCode, @Nullable String accountNumber,
			@Nullable String name, @Nullable String email) {
	}

	record LoginRequestBody(@Nullable String name, @Nullable String email, @Nullable String company,
			@Nullable String message) {
	}

	record Approval(@Nullable UUID accountId, @Nullable UUID contactId) {
	}

	record Rejection(@Nullable String reason) {
	}

	/** 202 whatever happened: the answer never tells whether the invoice matched. */
	@PostMapping("/portal/api/register")
	ResponseEntity<Void> register(@RequestBody RegisterRequest body, HttpServletRequest request) {
		registration.register(text(body.invoiceNumber()), body.quickPayCode(), body.accountNumber(), text(body.name()),
				text(body.email()), request.getRemoteAddr());
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/portal/api/login-requests")
	ResponseEntity<Void> requestLogin(@RequestBody LoginRequestBody body, HttpServletRequest request) {
		loginRequests.submit(text(body.name()), text(body.email()), body.company(), body.message(), request.getRemoteAddr());
		return ResponseEntity.accepted().build();
	}

	@GetMapping("/api/v1/login-requests")
	Page<LoginRequests.LoginRequest> loginRequests(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Integer limit, @RequestParam(required = false) @Nullable String after) {
		return loginRequests.list(status, PageRequest.of(limit, after));
	}

	@PostMapping("/api/v1/login-requests/{id}/approve")
	LoginRequests.LoginRequest approve(@PathVariable UUID id, @RequestBody Approval body) {
		return loginRequests.approve(id, body.accountId(), body.contactId());
	}

	@PostMapping("/api/v1/login-requests/{id}/reject")
	LoginRequests.LoginRequest reject(@PathVariable UUID id, @RequestBody Rejection body) {
		return loginRequests.reject(id, body.reason());
	}

	@GetMapping("/api/v1/self-registrations")
	Page<SelfRegistration.Attempt> attempts(@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String after) {
		return registration.attempts(PageRequest.of(limit, after));
	}

	private static String text(@Nullable String s) {
		return s == null ? "" : s;
	}
}
