package app.clientele.platform;

/**
 * A number a module shows on the console's dashboard, with a link to where it comes from.
 * Modules contribute them as beans; the dashboard shows them in {@link #order()}.
 */
public interface DashboardFigure {

	String label();

	long value();

	String link();

	default int order() {
		return 100;
	}
}
