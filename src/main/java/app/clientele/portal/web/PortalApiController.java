package app.clientele.portal.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import app.clientele.portal.PortalGate;
import app.clientele.portal.PortalPasswords;
import app.clientele.portal.PortalPrincipal;
import app.clientele.portal.PortalSessions;
import app.clientele.portal.PortalSignIn;
import app.clientele.portal.PortalUser;
import app.clientele.staff.PortalPermission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The portal as JSON: the same flows as the portal pages. */
@RestController
@RequestMapping("/portal/api")
class PortalApiController {

	private final PortalSignIn signIn;
	private final PortalPasswords passwords;
	private final PortalSessions sessions;
	private final PortalGate gate;

	PortalApiController(PortalSignIn signIn, PortalPasswords passwords, PortalSessions sessions, PortalGate gate) {
		this.signIn = signIn;
		this.passwords = passwords;
		this.sessions = sessions;
		this.gate = gate;
	}

	record Credentials(@NotNull String email, @NotNull String password) {
	}

	record TokenAndPassword(@NotNull String token, @NotNull String password) {
	}

	record Email(@NotNull String email) {
	}

	record Csrf(String headerName, String token) {
	}

	record Me(UUID contactId, String name, String email, String accountName, Set<PortalPermission> permissions,
			boolean allSites, List<PortalUser.Site> sites, boolean impersonated) {
	}

	/** Sets the XSRF-TOKEN cookie and tells the header to send it in. */
	@GetMapping("/csrf")
	Csrf csrf(CsrfToken token) {
		return new Csrf(token.getHeaderName(), token.getToken());
	}

	@PostMapping("/login")
	Me login(@Valid @RequestBody Credentials credentials, HttpServletRequest request, HttpServletResponse response) {
		PortalPrincipal principal = signIn.signIn(credentials.email(), credentials.password(), request.getRemoteAddr());
		sessions.start(principal, request, response);
		return me(signIn.current(principal).orElseThrow());
	}

	@PostMapping("/logout")
	ResponseEntity<Void> logout(HttpServletRequest request) {
		sessions.end(request);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/activate")
	ResponseEntity<Void> activate(@Valid @RequestBody TokenAndPassword body) {
		passwords.activate(body.token(), body.password());
		return ResponseEntity.ok().build();
	}

	@PostMapping("/password-reset")
	ResponseEntity<Void> passwordReset(@Valid @RequestBody Email body, HttpServletRequest request) {
		passwords.requestReset(body.email(), request.getRemoteAddr());
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/password-reset/confirm")
	ResponseEntity<Void> confirm(@Valid @RequestBody TokenAndPassword body) {
		passwords.confirmReset(body.token(), body.password());
		return ResponseEntity.ok().build();
	}

	@GetMapping("/me")
	Me me() {
		return me(gate.current());
	}

	private static Me me(PortalUser user) {
		return new Me(user.contactId(), user.name(), user.email(), user.accountName(), user.permissions(),
				user.allSites(), user.sites(), user.impersonated());
	}
}
