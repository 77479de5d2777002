package app.clientele.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How a file's cell holds a list and keeps a formula from running, and that the import can undo both. */
class ContactColumnsTests {

	@Test
	void columnsAreTheApiFieldNamesInTheirOrder() {
		assertThat(ContactColumns.NAMES).containsExactly("firstName", "middleName", "lastName", "email", "secondEmail",
				"phone.WORK", "phone.MOBILE", "phone.HOME", "phone.OTHER", "jobTitle", "stage", "tags", "doNotEmail",
				"doNotCall", "mobileOptOut", "marketingOptIn", "birthday", "notes", "accountNumber", "accountName",
				"siteName");
	}

	@Test
	void listCellKeepsASemicolonInsideAnItem() {
		List<String> tags = List.of("vip", "north;east", "back\\slash");
		String cell = ContactColumns.joinList(tags);
		assertThat(cell).isEqualTo("vip;north\\;east;back\\\\slash");
		assertThat(ContactColumns.splitList(cell)).isEqualTo(tags);
		assertThat(ContactColumns.splitList("")).isEmpty();
	}

	@Test
	void neutralisesEveryCellASpreadsheetWouldRun() {
		for (String formula : List.of("=1+1", "+49301234567", "-2+3", "@SUM(A1)", "\tx", "\rx")) {
			assertThat(ContactColumns.neutralise(formula)).as(formula).isEqualTo("'" + formula);
			assertThat(ContactColumns.restore(ContactColumns.neutralise(formula))).isEqualTo(formula);
		}
		assertThat(ContactColumns.neutralise("Ada")).isEqualTo("Ada");
		assertThat(ContactColumns.neutralise("")).isEmpty();
		assertThat(ContactColumns.neutralise("a=b")).isEqualTo("a=b");
	}

	@Test
	void aLeadingQuoteOfItsOwnSurvivesTheRoundTrip() {
		for (String cell : List.of("'=1+1", "'tis", "'", "''")) {
			assertThat(ContactColumns.restore(ContactColumns.neutralise(cell))).as(cell).isEqualTo(cell);
		}
		assertThat(ContactColumns.restore("'tis")).isEqualTo("'tis");
	}
}
