package app.clientele.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

/** A start with a wrong setting stops with the setting's name and the fix. */
class SettingsPreflightTests {

	static final Supplier<PasswordPolicy> PASSWORDS = PasswordPolicy::offline;

	final MockEnvironment env = new MockEnvironment();

	@Test
	void acceptsTheDefaultsAndGoodSettings() {
		assertThatCode(() -> SettingsPreflight.check(env, PASSWORDS)).doesNotThrowAnyException();
		env.setProperty("clientele.public-url", "https://crm.example.com/clientele");
		env.setProperty("clientele.admin-email", "admin@company.internal");
		env.setProperty("clientele.admin-password", "correct horse battery staple");
		env.setProperty("spring.mail.host", "localhost");
		assertThatCode(() -> SettingsPreflight.check(env, PASSWORDS)).doesNotThrowAnyException();
	}

	@Test
	void refusesAnAdminEmailThatIsNoAddress() {
		env.setProperty("clientele.admin-email", "admin@@company");
		assertRefused("CLIENTELE_ADMIN_EMAIL", "admin@@company", "admin@company.internal");
	}

	@Test
	void refusesATooWeakAdminPassword() {
		env.setProperty("clientele.admin-password", "secret");
		assertRefused("CLIENTELE_ADMIN_PASSWORD", "at least 8 characters", "unset it");
		env.setProperty("clientele.admin-password", "password");
		assertRefused("CLIENTELE_ADMIN_PASSWORD", "data breaches", "unset it");
	}

	@Test
	void refusesAPublicUrlThatIsNotAbsoluteHttp() {
		for (String url : new String[] { "crm.example.com", "ftp://crm.example.com", "https://", "/clientele",
				"https://crm example.com", "https://crm.example.com/?a=b" }) {
			env.setProperty("clientele.public-url", url);
			assertRefused("CLIENTELE_PUBLIC_URL", url, "https://crm.example.com");
		}
	}

	@Test
	void refusesAnSmtpHostThatDoesNotResolve() {
		env.setProperty("spring.mail.host", "smtp.does-not-exist.invalid");
		assertRefused("SPRING_MAIL_HOST", "smtp.does-not-exist.invalid", "unset it");
	}

	@Test
	void checksOnEveryStartUnlessThePreflightIsOff() {
		env.setProperty("clientele.public-url", "nonsense");
		var event = new ApplicationEnvironmentPreparedEvent(null, new SpringApplication(), new String[0], env);
		assertThatThrownBy(() -> new SettingsPreflight().onApplicationEvent(event)).isInstanceOf(InvalidSetting.class);
		env.setProperty("clientele.preflight.enabled", "false");
		assertThatCode(() -> new SettingsPreflight().onApplicationEvent(event)).doesNotThrowAnyException();
	}

	@Test
	void theAnalysisNamesTheSettingAndTheFixOnOneLineEach() {
		InvalidSetting failure = new InvalidSetting("CLIENTELE_PUBLIC_URL", "'x' is not an absolute http(s) URL",
				"Set CLIENTELE_PUBLIC_URL to ...");
		FailureAnalysis analysis = new InvalidSettingFailureAnalyzer()
				.analyze(new IllegalStateException("wrapped", failure));
		assertThat(analysis.getDescription()).isEqualTo("CLIENTELE_PUBLIC_URL 'x' is not an absolute http(s) URL.")
				.doesNotContain("\n");
		assertThat(analysis.getAction()).isEqualTo("Set CLIENTELE_PUBLIC_URL to ...");
	}

	private void assertRefused(String setting, String problem, String fix) {
		assertThatThrownBy(() -> SettingsPreflight.check(env, PASSWORDS))
				.isInstanceOfSatisfying(InvalidSetting.class, e -> {
					assertThat(e.setting()).isEqualTo(setting);
					assertThat(e.getMessage()).startsWith(setting).contains(problem);
					assertThat(e.fix()).contains(fix);
				});
	}
}
