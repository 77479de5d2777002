package app.clientele.accounts.web;

import app.clientele.accounts.Site;
import app.clientele.accounts.SiteDetails;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

record SiteRequest(@NotNull String name, @Nullable String address) {

	static SiteRequest of(Site s) {
		return new SiteRequest(s.name(), s.address());
	}

	SiteDetails details() {
		return new SiteDetails(name, address);
	}
}
