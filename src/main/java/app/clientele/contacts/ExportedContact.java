package app.clientele.contacts;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A contact as an export writes it: with its account's name and number and its sites' names (sorted). */
record ExportedContact(Contact contact, @Nullable String accountName, @Nullable String accountNumber,
		List<String> siteNames) {
}
