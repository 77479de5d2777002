package app.clientele.platform.database;

import app.clientele.platform.ClienteleProperties;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Without {@code SPRING_DATASOURCE_URL}, Clientele runs its own PostgreSQL in the data
 * directory; with it, Spring Boot's usual data source takes over and nothing is started here.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDataSourceUrl.class)
class EmbeddedDatabaseConfiguration {

	static boolean isEmbedded(Environment env) {
		String url = env.getProperty("spring.datasource.url");
		return url == null || url.isBlank();
	}

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgres(ClienteleProperties properties) {
		return EmbeddedPostgresServer.start(properties.dataDir());
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgresServer postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.jdbcUrl());
		dataSource.setUsername("postgres");
		dataSource.setPoolName("clientele");
		return dataSource;
	}

	static class NoDataSourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return isEmbedded(context.getEnvironment());
		}
	}
}
