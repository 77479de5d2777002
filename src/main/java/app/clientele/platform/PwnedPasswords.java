package app.clientele.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Asks a Pwned Passwords-style range service whether a password was seen in a breach: the
 * service gets the first five hex digits of the SHA-1 and answers every suffix it knows under
 * them, with a count; the match is made here. A service that is off, unreachable, slow or odd
 * never blocks a person: the password is then judged by the shipped list alone.
 */
@Component
class PwnedPasswords {

	private static final Logger log = LoggerFactory.getLogger(PwnedPasswords.class);

	private final PwnedPasswordsProperties properties;
	private final HttpClient http;

	PwnedPasswords(PwnedPasswordsProperties properties) {
		this.properties = properties;
		this.http = HttpClient.newBuilder().connectTimeout(properties.timeout())
				.followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** Whether the service knows the password from a breach; false when off or without an answer. */
	boolean pwned(String password) {
		if (!properties.enabled()) {
			return false;
		}
		String hash = sha1(password);
		String prefix = hash.substring(0, 5);
		try {
			HttpRequest request = HttpRequest.newBuilder(range(prefix)).timeout(properties.timeout())
					.header("Add-Padding", "true").header("User-Agent", "Clientele").GET().build();
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				log.warn("Pwned Passwords range check skipped: the service answered {}", response.statusCode());
				return false;
			}
			return listed(response.body(), hash.substring(5));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (Exception e) {
			log.warn("Pwned Passwords range check skipped: {}", e.toString());
			return false;
		}
	}

	private URI range(String prefix) {
		String base = properties.baseUrl().toString();
		return URI.create(base.endsWith("/") ? base + prefix : base + "/" + prefix);
	}

	/** Lines of {@code SUFFIX:COUNT}; padding lines have a count of 0. */
	static boolean listed(String body, String suffix) {
		return body.lines().map(String::strip).anyMatch(line -> {
			int colon = line.indexOf(':');
			return colon == suffix.length() && line.regionMatches(true, 0, suffix, 0, colon)
					&& !line.substring(colon + 1).strip().matches("0*");
		});
	}

	static String sha1(String password) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-1").digest(password.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest).toUpperCase(Locale.ROOT);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
