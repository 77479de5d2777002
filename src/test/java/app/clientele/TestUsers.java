package app.clientele;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import app.clientele.staff.Role;

/** Staff users for tests: the bootstrap admin and one user per role, with their API tokens. */
public final class TestUsers {

	public static final String ADMIN_EMAIL = "admin@example.com";
	public static final String ADMIN_PASSWORD = "correct horse battery staple";
	public static final String PASSWORD = "a perfectly long test password";

	private static final Map<Integer, Map<Role, String>> TOKENS = new ConcurrentHashMap<>();

	private TestUsers() {
	}

	public static String adminToken(Api api) {
		return token(api, ADMIN_EMAIL, ADMIN_PASSWORD);
	}

	/** A token of a staff user holding only {@code role}, created on first use in this application. */
	public static synchronized String token(Api api, Role role) {
		int key = api.base().hashCode();
		Map<Role, String> tokens = TOKENS.computeIfAbsent(key, k -> new EnumMap<>(Role.class));
		return tokens.computeIfAbsent(role, r -> {
			String email = r.name().toLowerCase() + "@staff.example.com";
			Api admin = api.as(adminToken(api));
			var created = admin.post("/api/v1/staff",
					Map.of("email", email, "name", "Test " + r.name().charAt(0) + r.name().substring(1).toLowerCase(), "roles", List.of(r.name()), "password", PASSWORD));
			if (created.status() != 201 && created.status() != 409) {
				throw new IllegalStateException("could not create " + email + ": " + created);
			}
			return token(api, email, PASSWORD);
		});
	}

	public static String token(Api api, String email, String password) {
		var response = api.post("/api/v1/auth/token", Map.of("email", email, "password", password));
		if (response.status() != 200) {
			throw new IllegalStateException("sign-in of " + email + " failed: " + response);
		}
		return response.json().get("token").asString();
	}
}
