package app.clientele.accounts;

import org.jspecify.annotations.Nullable;

/** The editable part of a site. */
public record SiteDetails(String name, @Nullable String address) {
}
