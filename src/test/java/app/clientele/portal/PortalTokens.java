package app.clientele.portal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import app.clientele.mail.LinkIssuer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For tests of other modules: the token the latest portal email of a contact would carry, made the
 * way the mail module makes it when it renders the email.
 */
public final class PortalTokens {

	private PortalTokens() {
	}

	public static String latest(JdbcClient jdbc, List<LinkIssuer> issuers, String contactId, String purpose) {
		UUID link = jdbc.sql("""
				SELECT id FROM portal_link WHERE contact_id = CAST(:c AS uuid) AND purpose = :p
				ORDER BY created_at DESC, id DESC LIMIT 1
				""").param("c", contactId).param("p", purpose).query(UUID.class).single();
		LinkIssuer issuer = issuers.stream().filter(i -> i.purpose().equals(PortalLinkIssuer.PURPOSE)).findFirst()
				.orElseThrow();
		String url = issuer.issue(link).orElseThrow(() -> new IllegalStateException("link is dead"));
		return URLDecoder.decode(url.substring(url.indexOf("token=") + 6), StandardCharsets.UTF_8);
	}
}
