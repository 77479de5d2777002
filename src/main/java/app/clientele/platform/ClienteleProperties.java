package app.clientele.platform;

import java.net.URI;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The operator's settings ({@code CLIENTELE_*} environment variables).
 *
 * @param publicUrl base of every link put into an email; never taken from a request
 * @param dataDir where the embedded PostgreSQL keeps its data
 * @param adminEmail the first admin, created only on an empty database
 * @param adminPassword that admin's password; generated and logged once when absent
 */
@ConfigurationProperties("clientele")
public record ClienteleProperties(@DefaultValue("http://localhost:8080") URI publicUrl,
		@DefaultValue("./data") Path dataDir, @Nullable String adminEmail, @Nullable String adminPassword) {

	/** An absolute link under the public URL, e.g. {@code link("/portal/activate")}. */
	public String link(String path) {
		String base = publicUrl.toString();
		if (base.endsWith("/")) {
			base = base.substring(0, base.length() - 1);
		}
		return base + (path.startsWith("/") ? path : "/" + path);
	}
}
