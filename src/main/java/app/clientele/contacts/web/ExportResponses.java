package app.clientele.contacts.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * The headers of a file download: its type and an attachment with its name (non-ASCII names as
 * RFC 6266's {@code filename*}). The body is then written straight to the response, as it is read,
 * so it goes out chunked and nothing holds the whole file.
 */
final class ExportResponses {

	static final String CSV = "text/csv;charset=UTF-8";

	static final String VCARD = "text/vcard;charset=UTF-8";

	private ExportResponses() {
	}

	static OutputStream start(HttpServletResponse response, String contentType, String filename) throws IOException {
		response.setContentType(contentType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		return response.getOutputStream();
	}

	/** A contact's name as a file name: letters, digits and dashes ("Zoë O'Brien" is {@code Zoë-OBrien.vcf}). */
	static String cardName(String name) {
		String safe = name.replaceAll("['’]", "").replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
		return (safe.isEmpty() ? "contact" : safe) + ".vcf";
	}
}
