package app.clientele.platform;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A module whose pages have their own layout (the portal) shows its errors in that layout: for a
 * path it owns it names the error view and adds what its layout needs. Other paths get the
 * console's error page.
 */
public interface ErrorPageModel {

	/**
	 * The view for an error on {@code path} with {@code model} filled in for it, or null when the
	 * path is not this module's.
	 */
	@Nullable String view(String path, Map<String, Object> model);
}
