package app.clientele.platform;

/** An operator's setting that Clientele cannot start with: which one, what is wrong, and the fix. */
final class InvalidSetting extends RuntimeException {

	private final String setting;
	private final String fix;

	InvalidSetting(String setting, String problem, String fix) {
		super(setting + " " + problem);
		this.setting = setting;
		this.fix = fix;
	}

	String setting() {
		return setting;
	}

	String fix() {
		return fix;
	}
}
