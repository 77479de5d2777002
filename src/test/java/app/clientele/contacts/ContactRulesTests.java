package app.clientele.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import app.clientele.platform.FieldConstraints;
import app.clientele.platform.FieldProblem;
import app.clientele.platform.InvalidInput;
import jakarta.validation.Validation;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ContactRulesTests {

	static final FieldConstraints CONSTRAINTS = new FieldConstraints(
			Validation.buildDefaultValidatorFactory().getValidator());

	@Test
	void trimsNamesAndDropsBlankOptionalFields() {
		ContactRules.Normalised n = ContactRules.check(details(" Ada ", " Lovelace ", null), "US", CONSTRAINTS);
		assertThat(n.firstName()).isEqualTo("Ada");
		assertThat(n.lastName()).isEqualTo("Lovelace");
		assertThat(n.middleName()).isNull();
		assertThat(n.email()).isNull();
	}

	@Test
	void refusesMissingNamesNamingEachField() {
		assertThat(problems(details(" ", null, null))).extracting(FieldProblem::field)
				.containsExactly("firstName", "lastName");
	}

	@Test
	void refusesNamesOverTheLimit() {
		assertThat(problems(details("A".repeat(ContactRules.MAX_NAME + 1), "Lovelace", null)))
				.containsExactly(new FieldProblem("firstName", "must be at most 100 characters"));
		ContactRules.check(details("A".repeat(ContactRules.MAX_NAME), "Lovelace", null), "US", CONSTRAINTS);
	}

	@Test
	void refusesControlCharactersInNamesIncludingLineSeparators() {
		assertThat(problems(details("Ada\u0007", "Love\u2028lace", null)))
				.containsExactly(new FieldProblem("firstName", "must not contain control characters"),
						new FieldProblem("lastName", "must not contain control characters"));
	}

	@Test
	void refusesAnInvalidEmail() {
		assertThat(problems(details("Ada", "Lovelace", "not-an-email")))
				.containsExactly(new FieldProblem("email", ContactRules.EMAIL_RULE));
	}

	@Test
	void refusesProspectWithoutEmail() {
		assertThat(problems(staged(Stage.PROSPECT, " ")))
				.containsExactly(new FieldProblem("email", "is required for a prospect"));
	}

	@Test
	void refusesClientWithoutEmail() {
		assertThat(problems(staged(Stage.CLIENT, null)))
				.containsExactly(new FieldProblem("email", "is required for a client"));
	}

	@Test
	void acceptsLeadWithoutEmail() {
		assertThat(ContactRules.check(staged(Stage.LEAD, null), "US", CONSTRAINTS).email()).isNull();
	}

	@Test
	void normalisesPhonesToE164WithTheDefaultRegion() {
		ContactRules.Normalised n = ContactRules.check(phones(phone(PhoneType.WORK, "(212) 736-5000")), "US", CONSTRAINTS);
		assertThat(n.phones()).containsExactly(new Phone(PhoneType.WORK, "(212) 736-5000", "+12127365000"));
	}

	@Test
	void refusesPhonesThatCannotBeRead() {
		assertThat(problems(phones(phone(PhoneType.MOBILE, "12"))))
				.containsExactly(FieldProblem.of("phones[0].number", "is not a phone number we can read (with region US)",
						"validation.phone.unreadable", 1, "+1 201-555-0123"));
		assertThat(problems(phones(phone(PhoneType.MOBILE, "2".repeat(41))))).extracting(FieldProblem::field)
				.containsExactly("phones[0].number");
	}

	@Test
	void refusesPhonesWithoutTypeOrNumberByIndex() {
		assertThat(problems(phones(phone(PhoneType.WORK, "(212) 736-5000"), phone(null, "(212) 736-5000"),
				phone(PhoneType.HOME, " "))))
				.containsExactly(new FieldProblem("phones[1].type", "must be WORK, MOBILE, HOME or OTHER"),
						new FieldProblem("phones[2].number", "is required"));
	}

	@Test
	void refusesMoreThanTenPhones() {
		List<ContactDetails.PhoneInput> eleven = Collections.nCopies(ContactRules.MAX_PHONES + 1,
				phone(PhoneType.WORK, "(212) 736-5000"));
		assertThat(problems(phones(eleven.toArray(ContactDetails.PhoneInput[]::new))))
				.containsExactly(new FieldProblem("phones", "must be at most 10"));
	}

	@Test
	void refusesBirthdayInTheFuture() {
		assertThat(problems(born(LocalDate.now().plusDays(1))))
				.containsExactly(new FieldProblem("birthday", "must not be in the future"));
		assertThat(ContactRules.check(born(LocalDate.now()), "US", CONSTRAINTS).firstName()).isEqualTo("Ada");
	}

	@Test
	void allowsLineBreaksInNotesButNotInJobTitles() {
		ContactDetails d = new ContactDetails("Ada", null, "Lovelace", "Analyst\nEngineer", Set.of(), null, null,
				List.of(), null, "met at the fair\nlikes engines", PreferredChannel.ANY, false, false, false, false,
				false, Set.of(), List.of());
		assertThat(problems(d)).containsExactly(new FieldProblem("jobTitle", "must not contain control characters"));
	}

	@Test
	void refusesNotesOverTheLimit() {
		ContactDetails d = new ContactDetails("Ada", null, "Lovelace", null, Set.of(), null, null, List.of(), null,
				"n".repeat(ContactRules.MAX_NOTES + 1), PreferredChannel.ANY, false, false, false, false, false,
				Set.of(), List.of());
		assertThat(problems(d)).containsExactly(new FieldProblem("notes", "must be at most 10000 characters"));
	}

	@Test
	void dropsBlankAndRepeatedTags() {
		assertThat(ContactRules.check(tagged(" vip ", "", "vip", "partner"), "US", CONSTRAINTS).tags())
				.containsExactly("vip", "partner");
	}

	@Test
	void refusesTagsTooLongOrWithControlCharacters() {
		FieldProblem each = new FieldProblem("tags", "must each be at most 50 printable characters");
		assertThat(problems(tagged("t".repeat(51)))).containsExactly(each);
		assertThat(problems(tagged("a\tb"))).containsExactly(each);
	}

	@Test
	void refusesMoreThanThirtyTags() {
		List<String> tags = new ArrayList<>();
		for (int i = 0; i <= ContactRules.MAX_TAGS; i++) {
			tags.add("tag" + i);
		}
		assertThat(problems(tagged(tags.toArray(String[]::new))))
				.containsExactly(new FieldProblem("tags", "must be at most 30"));
	}

	@Test
	void reportsEveryProblemAtOnce() {
		ContactDetails d = new ContactDetails("", null, "Lovelace", null, Set.of(), Stage.CLIENT, null,
				List.of(phone(PhoneType.WORK, "12")), LocalDate.now().plusYears(1), null, PreferredChannel.ANY, false,
				false, false, false, false, Set.of(), List.of());
		assertThat(problems(d)).extracting(FieldProblem::field)
				.containsExactly("firstName", "email", "phones[0].number", "birthday");
	}

	static List<FieldProblem> problems(ContactDetails details) {
		return assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> ContactRules.check(details, "US", CONSTRAINTS))
				.actual().errors();
	}

	static ContactDetails details(@Nullable String first, @Nullable String last, @Nullable String email) {
		return new ContactDetails(first, " ", last, null, Set.of(), null, email, List.of(), null, null,
				PreferredChannel.ANY, false, false, false, false, false, Set.of(), List.of());
	}

	static ContactDetails staged(Stage stage, @Nullable String email) {
		return new ContactDetails("Ada", null, "Lovelace", null, Set.of(), stage, email, List.of(), null, null,
				PreferredChannel.ANY, false, false, false, false, false, Set.of(), List.of());
	}

	static ContactDetails phones(ContactDetails.PhoneInput... phones) {
		return new ContactDetails("Ada", null, "Lovelace", null, Set.of(), null, null, List.of(phones), null, null,
				PreferredChannel.ANY, false, false, false, false, false, Set.of(), List.of());
	}

	static ContactDetails born(LocalDate birthday) {
		return new ContactDetails("Ada", null, "Lovelace", null, Set.of(), null, null, List.of(), birthday, null,
				PreferredChannel.ANY, false, false, false, false, false, Set.of(), List.of());
	}

	static ContactDetails tagged(String... tags) {
		return new ContactDetails("Ada", null, "Lovelace", null, Set.of(), null, null, List.of(), null, null,
				PreferredChannel.ANY, false, false, false, false, false, Set.of(), List.of(tags));
	}

	static ContactDetails.PhoneInput phone(@Nullable PhoneType type, String number) {
		return new ContactDetails.PhoneInput(type, number);
	}
}
