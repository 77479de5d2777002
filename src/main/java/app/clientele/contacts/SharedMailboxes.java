package app.clientele.contacts;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Role addresses of a company (info@, sales@, ...) rather than a person's. The one list of them:
 * contacts get a warning, and such an address can never be a portal login.
 */
public final class SharedMailboxes {

	private static final Set<String> LOCAL_PARTS = Set.of("info", "information", "sales", "office", "admin",
			"administrator", "billing", "invoices", "invoice", "accounting", "accounts", "accountspayable", "ap",
			"ar", "finance", "support", "help", "helpdesk", "service", "customerservice", "contact", "contactus",
			"hello", "hi", "team", "staff", "all", "everyone", "noreply", "no-reply", "donotreply", "do-not-reply",
			"mail", "email", "enquiries", "enquiry", "inquiries", "inquiry", "reception", "frontdesk", "marketing",
			"press", "media", "hr", "jobs", "careers", "recruiting", "orders", "order", "purchasing",
			"procurement", "webmaster", "postmaster", "hostmaster", "abuse", "security", "it", "legal",
			"privacy", "feedback", "general", "mailbox", "shop", "store", "bookings", "booking", "reservations");

	private SharedMailboxes() {
	}

	/** Whether the address belongs to a role rather than a person (plus-tags ignored: sales+eu@). */
	public static boolean isShared(@Nullable String email) {
		if (email == null) {
			return false;
		}
		int at = email.lastIndexOf('@');
		if (at <= 0) {
			return false;
		}
		String local = email.substring(0, at).trim().toLowerCase(Locale.ROOT);
		int plus = local.indexOf('+');
		if (plus > 0) {
			local = local.substring(0, plus);
		}
		return LOCAL_PARTS.contains(local) || LOCAL_PARTS.contains(local.replace(".", "").replace("_", ""));
	}
}
