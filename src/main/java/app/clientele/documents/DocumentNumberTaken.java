package app.clientele.documents;

import java.util.List;

import app.clientele.platform.FieldProblem;
import app.clientele.platform.ProblemException;
import org.springframework.http.HttpStatus;

public class DocumentNumberTaken extends ProblemException {

	public DocumentNumberTaken(String number) {
		super(HttpStatus.CONFLICT, "document-number-taken", "Document number taken",
				"Another document of this type already has the number " + number + ".",
				List.of(new FieldProblem("number", "is already used by another document of this type")));
	}
}
