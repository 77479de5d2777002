package app.clientele.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Reading a file's shape and header: separators, repeated headers, the mapping proposed from names. */
class ImportFileTests {

	@Test
	void theSeparatorIsTheOneTheHeaderHasMostOfOutsideQuotes() {
		assertThat(ImportFile.separator("a,b,c")).isEqualTo(',');
		assertThat(ImportFile.separator("a;b;\"c,d,e\"")).isEqualTo(';');
		assertThat(ImportFile.separator("a\tb\tc,d")).isEqualTo('\t');
		assertThat(ImportFile.separator("single")).isEqualTo(',');
	}

	@Test
	void aRepeatedOrBlankHeaderGetsANameOfItsOwn() {
		assertThat(UploadReader.headers(List.of("Email", " ", "Email", "Email")))
				.containsExactly("Email", "Column 2", "Email (2)", "Email (3)");
	}

	@Test
	void proposesFieldsFromCommonHeaderNamesAndLeavesTheRestOut() {
		Map<String, String> mapping = ImportFields.mapping(List.of("E-Mail", "Vorname", "Mobile", "Company",
				"Account #", "Job Title", "Shoe size", "Phone", "Telephone"), Map.of());
		assertThat(mapping).containsEntry("E-Mail", "email").containsEntry("Vorname", "firstName")
				.containsEntry("Mobile", "phone.MOBILE").containsEntry("Company", "accountName")
				.containsEntry("Account #", "accountNumber").containsEntry("Job Title", "jobTitle")
				.containsEntry("Phone", "phone.WORK").containsEntry("Telephone", "phone.WORK")
				.doesNotContainKey("Shoe size");
	}

	@Test
	void staffsChoiceWinsAndABlankChoiceLeavesAColumnOut() {
		Map<String, String> mapping = ImportFields.mapping(List.of("E-Mail", "Notes"),
				Map.of("E-Mail", "", "Notes", "jobTitle"));
		assertThat(mapping).containsExactly(Map.entry("Notes", "jobTitle"));
	}

	@Test
	void readsQuotedFieldsWithSeparatorsAndLineBreaksAndSkipsBlankLines() {
		List<List<String>> rows = new ArrayList<>();
		List<List<String>> header = new ArrayList<>();
		int count = UploadReader.csv(new StringReader("a;b\r\n\"x;1\";\"two\nlines\"\r\n\r\n3;4\r\n"), ';', header::add,
				rows::add);
		assertThat(count).isEqualTo(2);
		assertThat(header.getFirst()).containsExactly("a", "b");
		assertThat(rows.getFirst()).containsExactly("x;1", "two\nlines");
	}

	@Test
	void aRowSurvivesItsTripThroughTheUploadTable() {
		List<String> cells = List.of("=1+2", "a,b", "line\nbreak", "\"quoted\"", "");
		assertThat(Uploads.cells(Uploads.line(cells))).isEqualTo(cells);
	}
}
