package app.clientele.platform;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ ClienteleProperties.class, PwnedPasswordsProperties.class })
class PlatformConfiguration {

	/** Read once at start-up, into a compact sorted list (see {@link BreachedPasswords}). */
	@Bean
	BreachedPasswords breachedPasswords() {
		return BreachedPasswords.load();
	}
}
