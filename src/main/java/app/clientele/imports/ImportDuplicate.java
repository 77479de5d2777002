package app.clientele.imports;

import java.util.List;
import java.util.UUID;

/** A contact on record a row looked like, the duplicate rules' reasons, and what became of the row. */
public record ImportDuplicate(int row, UUID contactId, List<String> reasons, String outcome) {
}
