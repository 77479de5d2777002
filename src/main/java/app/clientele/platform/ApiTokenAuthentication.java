package app.clientele.platform;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A bearer token as it arrives on {@code /api/v1}, before anyone vouched for it. The staff
 * module's authentication provider turns it into an authenticated staff user.
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

	private final String token;

	public ApiTokenAuthentication(String token) {
		super(List.of());
		this.token = token;
		setAuthenticated(false);
	}

	public String token() {
		return token;
	}

	@Override
	public Object getCredentials() {
		return token;
	}

	@Override
	public Object getPrincipal() {
		return "bearer";
	}
}
