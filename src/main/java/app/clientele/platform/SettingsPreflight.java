package app.clientele.platform;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Checks the operator's settings before anything slow starts, so that a mistyped one stops the
 * start with its name and the fix ({@link InvalidSettingFailureAnalyzer}) instead of a stack trace
 * from deep inside: the public URL, the first admin's email and password, the SMTP host.
 */
class SettingsPreflight implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	static final String DEFAULT_ADMIN_EMAIL = "admin@example.com";

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		Environment env = event.getEnvironment();
		if ("true".equals(env.getProperty("clientele.preflight.enabled", "true"))) {
			check(env, PasswordPolicy::offline);
		}
	}

	static void check(Environment env, Supplier<PasswordPolicy> passwords) {
		checkPublicUrl(env.getProperty("clientele.public-url"));
		String email = blankToNull(env.getProperty("clientele.admin-email"));
		if (email != null && !StaffEmails.isValid(email)) {
			throw new InvalidSetting("CLIENTELE_ADMIN_EMAIL", "'" + email + "' is not a valid email address",
					"Set CLIENTELE_ADMIN_EMAIL to the first administrator's address, e.g. admin@company.internal, "
							+ "or unset it to sign in as " + DEFAULT_ADMIN_EMAIL + ".");
		}
		String password = env.getProperty("clientele.admin-password");
		if (password != null && !password.isEmpty()) {
			String problem = passwords.get().problem(password, email == null ? DEFAULT_ADMIN_EMAIL : email);
			if (problem != null) {
				throw new InvalidSetting("CLIENTELE_ADMIN_PASSWORD", problem,
						"Choose a password of " + PasswordPolicy.SUGGESTED_LENGTH + " characters or more, "
								+ "e.g. a few unrelated words, or unset it to have one generated and logged once.");
			}
		}
		checkMailHost(blankToNull(env.getProperty("spring.mail.host")));
	}

	private static void checkPublicUrl(@Nullable String value) {
		if (value == null) {
			return;
		}
		String fix = "Set CLIENTELE_PUBLIC_URL to the absolute address people use to reach Clientele, "
				+ "e.g. https://crm.example.com (links in emails start with it).";
		URI uri;
		try {
			uri = new URI(value.trim());
		}
		catch (URISyntaxException e) {
			throw new InvalidSetting("CLIENTELE_PUBLIC_URL", "'" + value + "' is not a URL (" + e.getReason() + ")", fix);
		}
		boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
		if (!web || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
			throw new InvalidSetting("CLIENTELE_PUBLIC_URL", "'" + value + "' is not an absolute http(s) URL", fix);
		}
	}

	private static void checkMailHost(@Nullable String host) {
		if (host == null) {
			return;
		}
		try {
			InetAddress.getByName(host);
		}
		catch (UnknownHostException e) {
			throw new InvalidSetting("SPRING_MAIL_HOST", "'" + host + "' does not resolve to an address",
					"Correct SPRING_MAIL_HOST to your SMTP server's name, or unset it to keep mail in the outbox "
							+ "(readable in the console's Mailbox).");
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
