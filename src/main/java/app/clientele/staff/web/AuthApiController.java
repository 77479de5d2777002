package app.clientele.staff.web;

import java.time.Instant;

import app.clientele.staff.IssuedToken;
import app.clientele.staff.StaffManagement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AuthApiController {

	private final StaffManagement staff;

	AuthApiController(StaffManagement staff) {
		this.staff = staff;
	}

	record TokenRequest(@NotNull String email, @NotNull String password) {
	}

	record TokenResponse(String token, Instant expiresAt) {
	}

	/** Exchanges a staff email and password for a bearer token. */
	@PostMapping("/api/v1/auth/token")
	TokenResponse token(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
		IssuedToken token = staff.issueToken(request.email(), request.password(), http.getRemoteAddr());
		return new TokenResponse(token.token(), token.expiresAt());
	}
}
