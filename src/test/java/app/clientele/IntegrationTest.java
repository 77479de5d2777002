package app.clientele;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole application on a random port against its own fresh PostgreSQL database. Every
 * integration test uses these same properties, so they share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"clientele.admin-email=" + TestUsers.ADMIN_EMAIL,
		"clientele.admin-password=" + TestUsers.ADMIN_PASSWORD,
		"clientele.public-url=https://clientele.test",
		"spring.datasource.hikari.maximum-pool-size=30" })
public @interface IntegrationTest {
}
