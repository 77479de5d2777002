package app.clientele.platform;

import org.springframework.security.core.AuthenticationException;

/** Marker for sign-in refusals caused by throttling, so the sign-in page can say so. */
public class SignInThrottled extends AuthenticationException {

	public SignInThrottled(String message) {
		super(message);
	}
}
