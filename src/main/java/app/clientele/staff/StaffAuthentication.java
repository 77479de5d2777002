package app.clientele.staff;

import java.util.List;

import app.clientele.platform.ApiTokenAuthentication;
import app.clientele.platform.SignInThrottled;
import app.clientele.platform.TooManyAttempts;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Vouches for staff: API bearer tokens, and email and password on the console sign-in form. */
@Component
class StaffAuthentication implements AuthenticationProvider {

	private final StaffManagement staff;
	private final ApiTokens tokens;

	StaffAuthentication(StaffManagement staff, ApiTokens tokens) {
		this.staff = staff;
		this.tokens = tokens;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		if (authentication instanceof ApiTokenAuthentication token) {
			return tokens.resolve(token.token()).map(StaffAuthentication::authenticated)
					.orElseThrow(() -> new BadCredentialsException("unknown or expired token"));
		}
		String email = String.valueOf(authentication.getPrincipal());
		String password = String.valueOf(authentication.getCredentials());
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : "unknown";
		try {
			return authenticated(staff.authenticate(email, password, address));
		}
		catch (TooManyAttempts e) {
			throw new SignInThrottled(e.detail());
		}
		catch (InvalidCredentials e) {
			throw new BadCredentialsException(e.detail());
		}
	}

	static Authentication authenticated(StaffPrincipal principal) {
		List<SimpleGrantedAuthority> authorities = principal.roles().stream()
				.map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return ApiTokenAuthentication.class.isAssignableFrom(authentication)
				|| UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
