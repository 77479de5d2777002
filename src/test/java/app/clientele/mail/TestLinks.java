package app.clientele.mail;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import app.clientele.platform.ClienteleProperties;
import org.springframework.stereotype.Component;

/**
 * A link issuer as the portal will have one, on the test classpath only: each link is a fresh
 * secret under the public URL; a link marked dead is refused, one marked foreign points off
 * the public URL (which mail must refuse). Every secret issued is remembered, for tests that
 * check none is stored.
 */
@Component
class TestLinks implements LinkIssuer {

	static final String PURPOSE = "test";

	private final ClienteleProperties properties;
	private final SecureRandom random = new SecureRandom();
	private final Set<UUID> dead = ConcurrentHashMap.newKeySet();
	private final Set<UUID> foreign = ConcurrentHashMap.newKeySet();
	private final List<String> issuedSecrets = new CopyOnWriteArrayList<>();

	TestLinks(ClienteleProperties properties) {
		this.properties = properties;
	}

	@Override
	public String purpose() {
		return PURPOSE;
	}

	@Override
	public Optional<String> issue(UUID linkId) {
		if (dead.contains(linkId)) {
			return Optional.empty();
		}
		byte[] bytes = new byte[16];
		random.nextBytes(bytes);
		String secret = HexFormat.of().formatHex(bytes);
		issuedSecrets.add(secret);
		if (foreign.contains(linkId)) {
			return Optional.of("https://elsewhere.example/activate?token=" + secret);
		}
		return Optional.of(properties.link("/portal/activate?token=" + secret));
	}

	LinkRequest live() {
		return new LinkRequest(PURPOSE, UUID.randomUUID());
	}

	LinkRequest dead() {
		LinkRequest link = live();
		dead.add(link.linkId());
		return link;
	}

	LinkRequest foreign() {
		LinkRequest link = live();
		foreign.add(link.linkId());
		return link;
	}

	List<String> issuedSecrets() {
		return List.copyOf(issuedSecrets);
	}
}
