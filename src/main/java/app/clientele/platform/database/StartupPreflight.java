package app.clientele.platform.database;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Fails a start at once, before anything slow happens, when the HTTP port is taken or another
 * instance owns the data directory, with a message that says what to do.
 */
class StartupPreflight implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment env = event.getEnvironment();
		if (!"true".equals(env.getProperty("clientele.preflight.enabled", "true"))) {
			return;
		}
		int port = env.getProperty("server.port", Integer.class, 8080);
		if (port > 0) {
			checkPortFree(env.getProperty("server.address"), port);
		}
		if (EmbeddedDatabaseConfiguration.isEmbedded(env)) {
			DataDirectory.take(Path.of(env.getProperty("clientele.data-dir", "./data"))).close();
		}
	}

	private static void checkPortFree(String address, int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(address == null ? new InetSocketAddress(port)
					: new InetSocketAddress(InetAddress.getByName(address), port));
		}
		catch (IOException e) {
			throw new PortInUseException(port, e);
		}
	}
}
