package app.clientele.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

import app.clientele.platform.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamSource;

/**
 * How an uploaded file is read: its format (vCard by its first line, CSV otherwise), its encoding
 * (a byte-order mark says UTF-8 or UTF-16; without one, a file that is valid UTF-8 throughout is
 * UTF-8, anything else Windows-1252, the superset of Latin-1 that Excel writes in Western
 * locales; or what staff chose) and, for CSV, its separator (whichever of comma, semicolon and
 * tab the header row has most of, outside quotes). The file is streamed twice (to check the
 * encoding, then to read it) and never held whole.
 */
final class ImportFile {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	enum Format {
		CSV, VCARD
	}

	record Shape(Format format, Charset encoding, char separator) {
	}

	private ImportFile() {
	}

	static Shape shape(InputStreamSource file, @Nullable String encoding) throws IOException {
		Charset charset = encoding == null || encoding.isBlank() ? detect(file) : chosen(encoding);
		String head = head(file, charset);
		if (head.stripLeading().toUpperCase(Locale.ROOT).startsWith("BEGIN:VCARD")) {
			return new Shape(Format.VCARD, charset, ',');
		}
		return new Shape(Format.CSV, charset, separator(head));
	}

	/** A reader of the file's text, past its byte-order mark. */
	static Reader open(InputStreamSource file, Charset charset) throws IOException {
		InputStream in = new BufferedInputStream(file.getInputStream());
		in.mark(4);
		byte[] bom = in.readNBytes(3);
		in.reset();
		int skip = bomLength(bom);
		in.skipNBytes(skip);
		return new InputStreamReader(in, skip == 2 ? utf16(bom) : charset);
	}

	private static Charset chosen(String encoding) {
		try {
			return Charset.forName(encoding.strip());
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
			throw new InvalidInput("encoding", "is not an encoding we know (try UTF-8 or windows-1252)");
		}
	}

	private static Charset detect(InputStreamSource file) throws IOException {
		try (InputStream in = new BufferedInputStream(file.getInputStream())) {
			in.mark(4);
			byte[] bom = in.readNBytes(3);
			in.reset();
			if (bomLength(bom) == 3) {
				return StandardCharsets.UTF_8;
			}
			if (bomLength(bom) == 2) {
				return utf16(bom);
			}
			return validUtf8(in) ? StandardCharsets.UTF_8 : WINDOWS_1252;
		}
	}

	private static int bomLength(byte[] bom) {
		if (bom.length == 3 && (bom[0] & 0xff) == 0xEF && (bom[1] & 0xff) == 0xBB && (bom[2] & 0xff) == 0xBF) {
			return 3;
		}
		boolean utf16 = bom.length >= 2 && (((bom[0] & 0xff) == 0xFE && (bom[1] & 0xff) == 0xFF)
				|| ((bom[0] & 0xff) == 0xFF && (bom[1] & 0xff) == 0xFE));
		return utf16 ? 2 : 0;
	}

	private static Charset utf16(byte[] bom) {
		return (bom[0] & 0xff) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
	}

	private static boolean validUtf8(InputStream in) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
		CharBuffer chars = CharBuffer.allocate(64 * 1024);
		byte[] buffer = new byte[32 * 1024];
		int read;
		while ((read = in.read(buffer)) >= 0) {
			bytes.put(buffer, 0, read).flip();
			chars.clear();
			if (decoder.decode(bytes, chars, false).isError()) {
				return false;
			}
			bytes.compact();
		}
		bytes.flip();
		chars.clear();
		return !decoder.decode(bytes, chars, true).isError() && !decoder.flush(chars).isError();
	}

	/** The first line of text (up to 64 KB), for the format and the separator. */
	private static String head(InputStreamSource file, Charset charset) throws IOException {
		try (Reader reader = open(file, charset)) {
			char[] buffer = new char[64 * 1024];
			int n = reader.read(buffer);
			String text = n <= 0 ? "" : new String(buffer, 0, n);
			int end = text.indexOf('\n');
			return end < 0 ? text : text.substring(0, end);
		}
		catch (UncheckedIOException | CharacterCodingException e) {
			throw new InvalidInput("file", "cannot be read as " + charset.name());
		}
	}

	static char separator(String header) {
		int[] counts = new int[3];
		char[] separators = { ',', ';', '\t' };
		boolean quoted = false;
		for (int i = 0; i < header.length(); i++) {
			char c = header.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			for (int s = 0; s < separators.length && !quoted; s++) {
				counts[s] += c == separators[s] ? 1 : 0;
			}
		}
		int best = 0;
		for (int s = 1; s < separators.length; s++) {
			best = counts[s] > counts[best] ? s : best;
		}
		return separators[best];
	}
}
