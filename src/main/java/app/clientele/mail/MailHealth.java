package app.clientele.mail;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.health.actuate.endpoint.AdditionalHealthEndpointPath;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.actuate.endpoint.StatusAggregator;
import org.springframework.stereotype.Component;

/**
 * The SMTP server's state at {@code /actuator/health/smtp} (Spring Boot's mail health check, on
 * whenever SMTP is configured), kept out of the overall {@code /actuator/health}: an outage only
 * delays email, which waits in the outbox, and every node shares the one SMTP server, so an
 * overall DOWN would take all nodes out of service at once for something the outbox absorbs.
 * Operators alert on the smtp group instead.
 */
@Component
class MailHealth implements HealthEndpointGroupsPostProcessor {

	static final String GROUP = "smtp";
	private static final String CONTRIBUTOR = "mail";

	@Override
	public HealthEndpointGroups postProcessHealthEndpointGroups(HealthEndpointGroups groups) {
		HealthEndpointGroup primary = groups.getPrimary();
		Map<String, HealthEndpointGroup> named = new HashMap<>();
		groups.getNames().forEach(name -> named.put(name, groups.get(name)));
		named.putIfAbsent(GROUP, new Group(primary, CONTRIBUTOR::equals));
		return HealthEndpointGroups.of(new Group(primary, name -> !CONTRIBUTOR.equals(name) && primary.isMember(name)), named);
	}

	/** The primary group's settings with other members. */
	private record Group(HealthEndpointGroup settings, java.util.function.Predicate<String> members)
			implements HealthEndpointGroup {

		@Override
		public boolean isMember(String name) {
			return members.test(name);
		}

		@Override
		public boolean showComponents(SecurityContext securityContext) {
			return settings.showComponents(securityContext);
		}

		@Override
		public boolean showDetails(SecurityContext securityContext) {
			return settings.showDetails(securityContext);
		}

		@Override
		public StatusAggregator getStatusAggregator() {
			return settings.getStatusAggregator();
		}

		@Override
		public HttpCodeStatusMapper getHttpCodeStatusMapper() {
			return settings.getHttpCodeStatusMapper();
		}

		@Override
		public AdditionalHealthEndpointPath getAdditionalPath() {
			return settings.getAdditionalPath();
		}
	}
}
