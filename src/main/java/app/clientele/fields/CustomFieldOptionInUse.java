package app.clientele.fields;

import java.util.List;

import app.clientele.platform.FieldProblem;
import app.clientele.platform.ProblemException;
import org.springframework.http.HttpStatus;

/** An option still chosen on records cannot be removed: renaming it keeps the data, removing would lose it. */
public class CustomFieldOptionInUse extends ProblemException {

	public CustomFieldOptionInUse(String option, long count) {
		super(HttpStatus.CONFLICT, "custom-field-option-in-use", "Option in use",
				"The option " + option + " is chosen on " + count + " record(s); rename it, or change those records first.",
				List.of(new FieldProblem("options", "still has " + option + " in use on " + count + " record(s)")));
		property("option", option);
		property("count", count);
		forPeople("problem.customFieldOptionInUse", option, count);
	}
}
