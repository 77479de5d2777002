package app.clientele.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import app.clientele.contacts.ContactDetails;
import app.clientele.contacts.PhoneType;
import app.clientele.contacts.PreferredChannel;
import app.clientele.fields.CustomFieldRules;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** What an update from a file makes of a contact: fill or overwrite, lists added, opt-outs never lifted. */
class ImportMergeTests {

	private static final List<String> HEADERS = List.of("firstName", "lastName", "jobTitle", "notes", "phone.MOBILE",
			"tags", "doNotEmail", "marketingOptIn");

	@Test
	void fillSetsOnlyWhatTheContactLacksAndAddsPhonesAndTags() {
		ContactDetails on = details("Owner", null, List.of("vip"), true, true);
		ContactDetails merged = ImportMerge.merge(on, row("Ada", "Lovelace", "Buyer", "From file", "+44 7911 123456",
				"new", "no", "no"), Set.of(), UpdateMode.FILL);
		assertThat(merged.jobTitle()).isEqualTo("Owner");
		assertThat(merged.notes()).isEqualTo("From file");
		assertThat(merged.tags()).containsExactly("vip", "new");
		assertThat(merged.phones()).hasSize(2);
		assertThat(merged.marketingOptIn()).isTrue();
	}

	@Test
	void overwriteReplacesWhatTheRowHasButNeverLiftsAnOptOutAndAnEmptyCellErasesNothing() {
		ContactDetails on = details("Owner", "Kept", List.of("vip"), true, true);
		ContactDetails merged = ImportMerge.merge(on, row("Ada", "Lovelace", "Buyer", "", "", "new", "no", "no"),
				Set.of(), UpdateMode.OVERWRITE);
		assertThat(merged.jobTitle()).isEqualTo("Buyer");
		assertThat(merged.notes()).isEqualTo("Kept");
		assertThat(merged.tags()).containsExactly("new");
		assertThat(merged.doNotEmail()).isTrue();
		assertThat(merged.marketingOptIn()).isFalse();
	}

	private static ImportRow row(String... cells) {
		List<@Nullable String> fields = List.copyOf(HEADERS);
		return ImportRow.read(1, Arrays.asList(cells), fields, CustomFieldRules.none());
	}

	private static ContactDetails details(String jobTitle, @Nullable String notes, List<String> tags, boolean doNotEmail,
			boolean optIn) {
		return new ContactDetails("Ada", null, "Lovelace", jobTitle, Set.of(), null, "ada@example.com",
				List.of(new ContactDetails.PhoneInput(PhoneType.WORK, "+1 650 253 0000")), null, notes, PreferredChannel.ANY,
				doNotEmail, false, false, optIn, false, Set.of(), tags);
	}
}
