package app.clientele.fields;

import java.util.List;

import app.clientele.platform.FieldProblem;
import app.clientele.platform.ProblemException;
import org.springframework.http.HttpStatus;

/** A type change that would lose data: some stored values do not convert to the new type. */
public class CustomFieldTypeChangeRefused extends ProblemException {

	public CustomFieldTypeChangeRefused(CustomFieldType to, long count, List<String> examples) {
		super(HttpStatus.CONFLICT, "custom-field-type-change-refused", "Values would not convert",
				count + " stored value(s) would not convert to " + to + ", for example: " + String.join(", ", examples),
				List.of(new FieldProblem("type", "cannot change: " + count + " stored value(s) would not convert")));
		property("count", count);
		property("examples", examples);
		forPeople("problem.customFieldTypeChange", count, String.join(", ", examples));
	}
}
