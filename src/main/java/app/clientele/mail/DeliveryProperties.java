package app.clientele.mail;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox is delivered ({@code clientele.mail.*}).
 *
 * @param from the sender address; {@code no-reply@} the public URL's host when absent
 * @param pollInterval how often a node looks for due email it was not told about (other nodes', retries)
 * @param batchSize how many emails one claim takes; they go out over one SMTP connection
 * @param connections delivery loops per node, each with its own claims and SMTP connection
 * @param lease how long a claim lasts unless renewed; the node holding it renews it every third of
 *        this while it works, so a node that dies loses its claims at most this long after its last renewal
 * @param retryBase the wait after the first failed attempt; it doubles with every further one
 * @param retryMax the longest wait between attempts
 * @param maxAttempts attempts before an email is FAILED
 */
@ConfigurationProperties("clientele.mail")
record DeliveryProperties(@Nullable String from, @DefaultValue("5s") Duration pollInterval,
		@DefaultValue("50") int batchSize, @DefaultValue("4") int connections, @DefaultValue("30s") Duration lease,
		@DefaultValue("30s") Duration retryBase, @DefaultValue("1h") Duration retryMax,
		@DefaultValue("10") int maxAttempts) {

	DeliveryProperties {
		if (batchSize < 1 || connections < 1 || maxAttempts < 1) {
			throw new IllegalArgumentException(
					"clientele.mail.batch-size, .connections and .max-attempts must be at least 1");
		}
		if (!pollInterval.isPositive() || !lease.isPositive() || retryBase.isNegative() || retryMax.isNegative()) {
			throw new IllegalArgumentException("clientele.mail.poll-interval and .lease must be positive");
		}
	}
}
