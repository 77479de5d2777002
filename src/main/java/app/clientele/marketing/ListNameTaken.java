package app.clientele.marketing;

import java.util.List;

import app.clientele.platform.FieldProblem;
import app.clientele.platform.ProblemException;
import org.springframework.http.HttpStatus;

public class ListNameTaken extends ProblemException {

	public ListNameTaken(String name) {
		super(HttpStatus.CONFLICT, "marketing-list-name-taken", "List name taken",
				"Another marketing list is already called " + name + ".",
				List.of(new FieldProblem("name", "is already used by another list")));
	}
}
