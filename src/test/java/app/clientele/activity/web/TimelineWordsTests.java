package app.clientele.activity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import app.clientele.activity.ActivityEntry;
import app.clientele.activity.web.TimelineWords.Change;
import app.clientele.fields.CustomFieldManagement;
import app.clientele.platform.Actor;
import app.clientele.platform.Labels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The timeline says what happened in words; the entries keep their codes as stored. */
class TimelineWordsTests {

	final TimelineWords words = words();

	@BeforeEach
	void english() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
	}

	@AfterEach
	void forget() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void namesAChangedFieldByItsLabelAndItsValuesInWords() {
		ActivityEntry updated = entry("UPDATED", Map.of("changes", List.of(change("jobTitle", "Buyer", "Owner"),
				change("businessRoles", "BUYER", "FINANCE, OWNER"), change("stage", null, "CLIENT"),
				change("preferredChannel", "ANY", "WORK_PHONE"), change("phones", "WORK +12125550100", "MOBILE +12125550101"),
				change("doNotEmail", "false", "true"))));
		assertThat(words.sentence(updated)).isEqualTo("Changed");
		assertThat(words.changes(updated)).containsExactly(new Change("Job title", "Buyer", "Owner"),
				new Change("Business roles", "Buyer", "Finance, Owner"), new Change("Stage", "—", "Client"),
				new Change("Preferred channel", "Any channel", "Work phone"),
				new Change("Phones", "Work +12125550100", "Mobile +12125550101"), new Change("Do not email", "No", "Yes"));
	}

	@Test
	void portalAccessChangedSaysWhatChanged() {
		assertThat(words.sentence(entry("PORTAL_ACCESS_CHANGED", Map.of("permissions", List.of("ESTIMATES", "INVOICES"),
				"allSites", true)))).isEqualTo("Portal access changed: Estimates, Invoices; all sites");
		assertThat(words.sentence(entry("PORTAL_ACCESS_CHANGED", Map.of("permissions", List.of(), "allSites", false))))
				.isEqualTo("Portal access changed: no modules; chosen sites only");
	}

	@Test
	void everyKindOfEntryIsASentence() {
		assertThat(words.sentence(entry("CREATED", Map.of("accountName", "Northwind")))).isEqualTo("Created under Northwind");
		assertThat(words.sentence(entry("EMAIL_SENT", Map.of("subject", "Welcome")))).isEqualTo("Email sent: Welcome");
		assertThat(words.sentence(entry("DOCUMENT_SENT", Map.of("documentType", "CREDIT_NOTE", "documentNumber", "CN-7"))))
				.isEqualTo("Credit note CN-7 sent");
		assertThat(words.sentence(entry("PORTAL_INVITED", Map.of("email", "ada@example.com"))))
				.isEqualTo("Portal invitation sent to ada@example.com");
		assertThat(words.sentence(entry("NOTIFICATION_TOPICS_CHANGED", Map.of("PAST_DUE", false, "INVOICE", true))))
				.isEqualTo("Email notifications changed: Invoices on, Past-due reminders off");
		assertThat(words.sentence(entry("BECAME_PRIMARY", Map.of("reason", "MADE_PRIMARY"))))
				.isEqualTo("Became the primary contact of the account");
		assertThat(words.note(entry("BECAME_PRIMARY", Map.of("reason", "MADE_PRIMARY")))).isNull();
		assertThat(words.sentence(entry("MOVED", new HashMap<>(Map.of("toAccountName", "Contoso")))))
				.isEqualTo("Moved from no account to Contoso");
	}

	@Test
	void aPasswordSetThroughALinkSeenInTheMailboxNamesWhoSawIt() {
		ActivityEntry activated = entry("PORTAL_ACTIVATED", Map.of("shownInMailboxBy", "Ada",
				"reason", "password set through a link Ada (ADMIN) viewed in the Mailbox"));
		assertThat(words.sentence(activated)).isEqualTo("Activated portal access through a link Ada opened in the Mailbox");
		assertThat(words.note(activated)).isNull();
	}

	private static Map<String, Object> change(String field, String old, String now) {
		Map<String, Object> change = new HashMap<>();
		change.put("field", field);
		change.put("old", old);
		change.put("new", now);
		return change;
	}

	private static ActivityEntry entry(String type, Map<String, Object> details) {
		return new ActivityEntry(UUID.randomUUID(), UUID.randomUUID(), Instant.now(), Actor.SYSTEM, type, details);
	}

	private static TimelineWords words() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/messages", "i18n/labels");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new TimelineWords(messages, new Labels(messages),
				new StaticListableBeanFactory().getBeanProvider(CustomFieldManagement.class));
	}
}
