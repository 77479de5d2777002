package app.clientele.staff;

import java.security.SecureRandom;
import java.util.EnumSet;

import app.clientele.platform.ClienteleProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On an empty database, creates the first ADMIN from {@code CLIENTELE_ADMIN_EMAIL} and
 * {@code CLIENTELE_ADMIN_PASSWORD}, or with a generated password that is logged this once.
 * Later starts find staff and leave everything as it is.
 */
@Component
@Order(0)
class FirstAdmin implements ApplicationRunner {

	static final String DEFAULT_EMAIL = "admin@example.com";
	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final StaffManagement staff;
	private final ClienteleProperties properties;
	private final JdbcClient jdbc;

	FirstAdmin(StaffManagement staff, ClienteleProperties properties, JdbcClient jdbc) {
		this.staff = staff;
		this.properties = properties;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		// One node at a time decides, so two nodes starting together make one admin.
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('clientele.first-admin'))").query().singleValue();
		if (!staff.isEmpty()) {
			return;
		}
		String email = properties.adminEmail() == null || properties.adminEmail().isBlank() ? DEFAULT_EMAIL
				: properties.adminEmail().trim();
		boolean generated = properties.adminPassword() == null || properties.adminPassword().isEmpty();
		String password = generated ? generatePassword() : properties.adminPassword();
		staff.create(new NewStaffMember(email, "Administrator", EnumSet.of(Role.ADMIN), password));
		if (generated) {
			log.warn("""

					==================================================================
					 First start: created the administrator
					   email:    {}
					   password: {}
					 This password is shown only now. Sign in and keep it safe.
					==================================================================
					""", email, password);
		}
		else {
			log.info("First start: created the administrator {}", email);
		}
	}

	private static String generatePassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder sb = new StringBuilder(20);
		for (int i = 0; i < 20; i++) {
			sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return sb.toString();
	}
}
