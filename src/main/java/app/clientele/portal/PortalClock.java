package app.clientele.portal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * The time links and invitations are measured against. One place, so that tests can move it
 * forward to see a link expire.
 */
@Component
public class PortalClock {

	private volatile Clock clock = Clock.systemUTC();

	public Instant now() {
		return clock.instant();
	}

	/** For tests: make the portal see another time. */
	public void use(Clock clock) {
		this.clock = clock;
	}
}
