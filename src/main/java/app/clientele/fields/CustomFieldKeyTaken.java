package app.clientele.fields;

import java.util.List;

import app.clientele.platform.FieldProblem;
import app.clientele.platform.ProblemException;
import org.springframework.http.HttpStatus;

/** Keys are never reused, not even a deleted field's: its values stay on the records under that key. */
public class CustomFieldKeyTaken extends ProblemException {

	public CustomFieldKeyTaken(String key) {
		super(HttpStatus.CONFLICT, "custom-field-key-taken", "Custom field key taken",
				"The key " + key + " is (or was) used by another field of this record; choose another.",
				List.of(new FieldProblem("key", "is already used by another field (deleted fields keep their key)")));
		forPeople("problem.customFieldKeyTaken", key);
	}
}
