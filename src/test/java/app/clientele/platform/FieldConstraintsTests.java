package app.clientele.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class FieldConstraintsTests {

	private final FieldConstraints constraints = new FieldConstraints(
			Validation.buildDefaultValidatorFactory().getValidator());

	record Phone(@NotBlank(message = "is required") @Nullable String number) {
	}

	record Person(@NotBlank(message = "is required") @TextLimit(max = 5) @Printable @Nullable String name,
			@Size(max = 2, message = "must be at most {max}") @Valid List<Phone> phones,
			@EmailAddress @Nullable String email) {
	}

	@Test
	void namesTheFieldWithTheMessageOfItsConstraint() {
		assertThat(problems(new Person(" ", List.of(), null))).containsExactly(new FieldProblem("name", "is required"));
	}

	@Test
	void namesAPhoneInTheListByItsIndex() {
		assertThat(problems(new Person("Ada", List.of(new Phone("1"), new Phone(" ")), null)))
				.containsExactly(new FieldProblem("phones[1].number", "is required"));
	}

	@Test
	void interpolatesTheLimitIntoTheMessage() {
		assertThat(problems(new Person("Ada", List.of(new Phone("1"), new Phone("2"), new Phone("3")), null)))
				.containsExactly(new FieldProblem("phones", "must be at most 2"));
		assertThat(problems(new Person("Adalbert", List.of(), null)))
				.containsExactly(new FieldProblem("name", "must be at most 5 characters"));
	}

	@Test
	void countsTextLimitsAndControlCharactersWithoutSurroundingWhitespace() {
		constraints.valid(new Person("  Ada  \n", List.of(), " "));
		assertThat(problems(new Person("A\u2028a", List.of(), null)))
				.containsExactly(new FieldProblem("name", "must not contain control characters"));
	}

	@Test
	void refusesAnEmailAddressWithoutAPublicDomain() {
		assertThat(problems(new Person("Ada", List.of(), "ada@example.con")))
				.containsExactly(new FieldProblem("email", "must be a valid email address"));
	}

	@Test
	void reportsModuleProblemsTooInTheOrderTheRecordDeclaresItsFields() {
		List<FieldProblem> acrossFields = List.of(new FieldProblem("email", "is required for a client"),
				new FieldProblem("phones[0].number", "is not a phone number"));
		assertThat(assertThatExceptionOfType(InvalidInput.class)
				.isThrownBy(() -> constraints.valid(new Person("", List.of(new Phone("x")), null), acrossFields))
				.actual().errors()).extracting(FieldProblem::field).containsExactly("name", "phones[0].number", "email");
	}

	private List<FieldProblem> problems(Person person) {
		return assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> constraints.valid(person)).actual()
				.errors();
	}
}
