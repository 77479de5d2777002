package app.clientele.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import app.clientele.platform.InvalidInput;

/** Gathers an upload's rows as they are read into batches of {@link Uploads#BATCH}, each one statement. */
final class UploadWriter {

	private final Uploads uploads;
	private final UUID uploadId;
	private final List<List<String>> batch = new ArrayList<>(Uploads.BATCH);
	private List<String> headers = List.of();
	private int written;

	UploadWriter(Uploads uploads, UUID uploadId) {
		this.uploads = uploads;
		this.uploadId = uploadId;
	}

	List<String> headers() {
		return headers;
	}

	void header(List<String> headers) {
		this.headers = text(headers);
	}

	void row(List<String> cells) {
		batch.add(text(cells));
		if (batch.size() == Uploads.BATCH) {
			flush();
		}
	}

	/**
	 * Refuses a NUL character, which no spreadsheet writes and the database does not store: the
	 * file is a picture or the like, or UTF-16 without its byte-order mark.
	 */
	private static List<String> text(List<String> cells) {
		for (String cell : cells) {
			if (cell.indexOf('\u0000') >= 0) {
				throw new InvalidInput("file", "is not a text file we can read; is it a CSV or vCard file in the "
						+ "encoding given?");
			}
		}
		return cells;
	}

	void flush() {
		if (!batch.isEmpty()) {
			uploads.rows(uploadId, written + 1, batch);
			written += batch.size();
			batch.clear();
		}
	}
}
