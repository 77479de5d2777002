package app.clientele.jobs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How background jobs run ({@code clientele.jobs.*}).
 *
 * @param workers jobs one node runs at once
 * @param pollInterval how often a node looks for jobs it was not told about (other nodes', taken-over ones)
 * @param lease how long a claim lasts; renewed by every chunk, so a node that dies holds its job at
 *        most this long after its last chunk, and a chunk must finish well within it
 * @param maxRetries chunks that fail in a row before the job is FAILED
 * @param retryPause the wait before a failed chunk is tried again
 */
@ConfigurationProperties("clientele.jobs")
record JobProperties(@DefaultValue("2") int workers, @DefaultValue("2s") Duration pollInterval,
		@DefaultValue("60s") Duration lease, @DefaultValue("3") int maxRetries, @DefaultValue("5s") Duration retryPause) {

	JobProperties {
		if (workers < 1 || maxRetries < 1) {
			throw new IllegalArgumentException("clientele.jobs.workers and .max-retries must be at least 1");
		}
		if (!pollInterval.isPositive() || !lease.isPositive() || retryPause.isNegative()) {
			throw new IllegalArgumentException("clientele.jobs.poll-interval and .lease must be positive");
		}
	}
}
