package app.clientele.platform;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The optional check of new passwords against a Pwned Passwords-style range service
 * ({@code CLIENTELE_PWNED_PASSWORDS_*}): only the first five hex digits of the password's SHA-1
 * leave the machine (k-anonymity). Off by default, since it sends something out.
 *
 * @param enabled whether to ask the service at all
 * @param baseUrl the range endpoint; the five digits are appended, as in {@code .../range/21BD1}
 * @param timeout how long a person waits at most; a slower or unreachable service is skipped
 */
@ConfigurationProperties("clientele.pwned-passwords")
public record PwnedPasswordsProperties(@DefaultValue("false") boolean enabled,
		@DefaultValue("https://api.pwnedpasswords.com/range/") URI baseUrl, @DefaultValue("1s") Duration timeout) {
}
