package app.clientele.platform;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The email typed into a console sign-in that failed, carried to the sign-in page shown next so
 * the person need not type it again. It travels in a short cookie of the sign-in page's own, never
 * in the URL (logs) nor the session: a burst of failed sign-ins in one session must not write the
 * session again and again (with several nodes writing one session row at once), and a stranger's
 * megabyte of form field must not grow it. Only what can be an address is kept.
 */
public final class TypedSignInEmail {

	static final String COOKIE = "CLIENTELE_TYPED_EMAIL";
	static final int LONGEST = 254;

	private TypedSignInEmail() {
	}

	/** Keeps the typed email for the next sign-in page (a minute at most). */
	public static void remember(HttpServletRequest request, HttpServletResponse response) {
		String typed = request.getParameter("username");
		if (typed == null || typed.isBlank() || typed.length() > LONGEST) {
			return;
		}
		response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, URLEncoder.encode(typed.strip(), StandardCharsets.UTF_8),
				Duration.ofMinutes(1)));
	}

	/** The email kept for this page, once: the cookie is dropped as it is read. */
	public static @Nullable String takeBack(HttpServletRequest request, HttpServletResponse response) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie c : cookies) {
			if (COOKIE.equals(c.getName())) {
				response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, "", Duration.ZERO));
				try {
					String email = URLDecoder.decode(c.getValue(), StandardCharsets.UTF_8);
					return email.length() > LONGEST ? null : email;
				}
				catch (IllegalArgumentException e) {
					return null;
				}
			}
		}
		return null;
	}

	private static String cookie(HttpServletRequest request, String value, Duration maxAge) {
		return ResponseCookie.from(COOKIE, value).path(request.getContextPath() + "/login").httpOnly(true)
				.secure(request.isSecure()).sameSite("Strict").maxAge(maxAge).build().toString();
	}
}
