package app.clientele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import app.clientele.accounts.AccountStatus;
import app.clientele.contacts.BusinessRole;
import app.clientele.contacts.Emailability;
import app.clientele.contacts.PhoneType;
import app.clientele.contacts.PreferredChannel;
import app.clientele.contacts.PrimaryContactChanged;
import app.clientele.contacts.Stage;
import app.clientele.documents.DocumentType;
import app.clientele.mail.EmailStatus;
import app.clientele.portal.PortalStatus;
import app.clientele.staff.NotificationTopic;
import app.clientele.staff.PortalPermission;
import app.clientele.staff.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Codes read as the words people say, from i18n/labels.properties, as the pages show them. */
class LabelsTests {

	/** Every enum whose constants reach a page or an email. */
	static final List<Class<? extends Enum<?>>> SHOWN = List.of(Stage.class, BusinessRole.class, PreferredChannel.class,
			PhoneType.class, PortalStatus.class, PortalPermission.class, Role.class, NotificationTopic.class,
			AccountStatus.class, DocumentType.class, EmailStatus.class, Emailability.Reason.class,
			Emailability.Purpose.class, Actor.Kind.class, PrimaryContactChanged.Reason.class);

	final Labels labels = new Labels(catalogue());

	@BeforeEach
	void english() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
	}

	@AfterEach
	void forget() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void everyConstantShownToPeopleHasALabel() {
		List<String> missing = new ArrayList<>();
		for (Class<? extends Enum<?>> type : SHOWN) {
			for (Enum<?> constant : type.getEnumConstants()) {
				if (labels.of(constant).startsWith("??")) {
					missing.add(Labels.kind(type) + "." + constant.name());
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void showsTheWordsPeopleSayForACode() {
		assertThat(labels.of(BusinessRole.BUYER)).isEqualTo("Buyer");
		assertThat(labels.of(Stage.CLIENT)).isEqualTo("Client");
		assertThat(labels.of(PreferredChannel.ANY)).isEqualTo("Any channel");
		assertThat(labels.of(PhoneType.WORK)).isEqualTo("Work");
		assertThat(labels.of("PortalStatus", "NOT_INVITED")).isEqualTo("Not invited");
		assertThat(labels.all("BusinessRole", List.of("OWNER", "FINANCE"))).isEqualTo("Owner, Finance");
		assertThat(labels.all("Role", Set.of(Role.ADMIN))).isEqualTo("Administrator");
		assertThat(labels.field("jobTitle")).isEqualTo("Job title");
	}

	@Test
	void namesANestedEnumAfterItsEnclosingType() {
		assertThat(Labels.kind(Emailability.Reason.class)).isEqualTo("Emailability.Reason");
		assertThat(labels.of(Emailability.Reason.DO_NOT_EMAIL)).isEqualTo("Asked not to be emailed");
		assertThat(labels.of(PrimaryContactChanged.Reason.MADE_PRIMARY)).isEqualTo("Made primary");
	}

	@Test
	void showsAMissingLabelAsThymeleafShowsAMissingMessage() {
		assertThat(labels.of("Stage", "RETIRED")).isEqualTo("??label.Stage.RETIRED_en??");
		assertThat(labels.of("Stage", null)).isEmpty();
	}

	@Test
	void readsAFreeTextCodeAsWordsWhenItHasNoLabel() {
		assertThat(labels.text("DocumentStatus", "OPEN")).isEqualTo("Open");
		assertThat(labels.text("DocumentStatus", "PARTLY_PAID")).isEqualTo("Partly paid");
	}

	/** The catalogue as the application reads it (spring.messages.* in application.properties). */
	static ResourceBundleMessageSource catalogue() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/messages", "i18n/labels", "i18n/validation", "i18n/feedback");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}
}
