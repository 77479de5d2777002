package app.clientele.staff;

/** What a staff user may do; see the roles table of the product rules. */
public enum Role {
	ADMIN, MANAGER, SALES, MARKETEER;

	/** Every role: for endpoints that any signed-in staff user may call. */
	public static String[] all() {
		return names(values());
	}

	public static String[] names(Role... roles) {
		String[] names = new String[roles.length];
		for (int i = 0; i < roles.length; i++) {
			names[i] = roles[i].name();
		}
		return names;
	}
}
