package app.clientele.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PlaceholdersTests {

	@Test
	void fillsKnownPlaceholdersAndLeavesNothingForMissingOnes() {
		assertThat(Placeholders.text("Hi {{contactFirstName}}, {{ accountName }}!{{dueDate}}",
				Map.of("contactFirstName", "Ada", "accountName", "Acme"))).isEqualTo("Hi Ada, Acme!");
	}

	@Test
	void fillsPlaceholdersWrittenWithOrWithoutSpacesAlike() {
		Map<String, String> values = Map.of("contactName", "Mary Ann Smith");
		for (String written : new String[] { "{{contactName}}", "{{ contactName }}", "{{  contactName}}", "{{contactName\t}}" }) {
			assertThat(Placeholders.text("Dear " + written + ".", values)).as(written).isEqualTo("Dear Mary Ann Smith.");
			assertThat(Placeholders.html("<p>" + written + "</p>", values)).as(written).isEqualTo("<p>Mary Ann Smith</p>");
		}
	}

	@Test
	void leavesTextThatIsNoPlaceholderAlone() {
		assertThat(Placeholders.text("{{ contact Name }} {contactName} {{1x}} {{}}", Map.of("contactName", "Ada")))
				.isEqualTo("{{ contact Name }} {contactName} {{1x}} {{}}");
	}

	@Test
	void valuesAreEscapedInHtmlButNotInText() {
		Map<String, String> values = Map.of("contactName", "<script>alert('x')</script> & Co\nLine two");
		assertThat(Placeholders.html("<p>{{contactName}}</p>", values))
				.isEqualTo("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co<br>Line two</p>");
		assertThat(Placeholders.text("{{contactName}}", values)).isEqualTo(values.get("contactName"));
	}

	@Test
	void aValueIsNeverReadAsAPlaceholderOrAReplacementPattern() {
		assertThat(Placeholders.text("{{contactName}} {{accountName}}",
				Map.of("contactName", "{{accountName}} $1 \\", "accountName", "Acme"))).isEqualTo("{{accountName}} $1 \\ Acme");
	}

	@Test
	void namesThePlaceholdersNoTemplateKnows() {
		assertThat(Placeholders.unknown("{{contactName}} {{contactNmae}} {{link}} {{x1}}", Set.of())).containsExactly(
				"contactNmae", "x1");
	}

	@Test
	void knowsTheCustomFieldsThatExist() {
		assertThat(Placeholders.unknown("{{ custom.tier }} {{custom.tierr}}", Set.of("tier"))).containsExactly("custom.tierr");
		assertThat(Placeholders.text("Tier: {{ custom.tier }}", Map.of("custom.tier", "Gold"))).isEqualTo("Tier: Gold");
	}
}
