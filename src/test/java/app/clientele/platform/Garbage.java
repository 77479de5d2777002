package app.clientele.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generated bad input (jqwik's generators, sampled): text no form would send, values of the
 * wrong type, forged cursors, broken percent-encoding and JSON that is not JSON.
 */
final class Garbage {

	private Garbage() {
	}

	/** Text with what breaks naive code: controls, NUL, bidi overrides, astral and combining characters, quotes. */
	static Arbitrary<String> text() {
		Arbitrary<String> mixed = Arbitraries.strings().withChars("aZ9 -.@+").withCharRange('\u0000', '\u00ff')
				.withChars('\0', '\u0001', '\u001f', '\u007f', '\u202e', '\u2066', '\u200b', '\ufeff', '\ufffd', '\u0130',
						'ß', 'ς', '\'', '"', '\\', '%', '_', '<', '&', '\n', '\u0301')
				.ofMaxLength(40);
		Arbitrary<String> astral = Arbitraries.of("\ud83d\ude00", "\ud835\udd18x", "\ud800", "a\udc00b", "e\u0301\u0301");
		Arbitrary<String> huge = Arbitraries.integers().between(5_000, 200_000).map("x"::repeat);
		return Arbitraries.frequencyOf(Tuple.of(6, mixed), Tuple.of(1, astral),
				Tuple.of(1, huge), Tuple.of(2, Arbitraries.strings().all().ofMaxLength(30)));
	}

	/** A value for a query parameter, percent-encoded as a client would send it. */
	static Arbitrary<String> queryValue() {
		Arbitrary<String> words = Arbitraries.oneOf(text(), Arbitraries.of("-1", "0", "9999999999999999999", "1e309",
				"NaN", "true", "null", "[]", "{}", UUID.randomUUID().toString(), "00000000-0000-0000-0000-00000000000g"));
		return words.filter(s -> s.length() < 2000).map(Garbage::percentEncode);
	}

	/** Query strings that are not valid percent-encoding, or decode to bytes that are not UTF-8. */
	static List<String> brokenEncodings() {
		return List.of("%%zz", "%%%%", "%", "%z", "%e9", "%C0%AF", "%ff%fe", "%00", "a%2", "%%", "%u0041", "%ED%A0%80");
	}

	/** Cursors a client could forge: any bytes, base64 of any text, of too few or many values, of wrong types. */
	static Arbitrary<String> cursor() {
		Arbitrary<String> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(200)
				.map(b -> Base64.getUrlEncoder().withoutPadding().encodeToString(b));
		Arbitrary<String> values = Combinators.combine(text().filter(s -> s.length() < 300).list().ofMinSize(1).ofMaxSize(4),
				Arbitraries.of("\u001f", "\u001e", "")).as((list, separator) -> Base64.getUrlEncoder()
						.encodeToString(String.join(separator, list).getBytes(StandardCharsets.UTF_8)));
		return Arbitraries.oneOf(bytes, values, Arbitraries.of(forgedCursors()), Arbitraries.strings().all().ofMaxLength(50))
				.map(Garbage::percentEncode);
	}

	/** Well-formed cursors of forged values: a time or id that does not parse, out of range, a NUL, too few or many values. */
	static List<String> forgedCursors() {
		UUID id = UUID.randomUUID();
		return Stream.of("not-a-time\u001f" + id, "2026-01-01T00:00:00Z\u001fnot-a-uuid",
				"+99999-01-01T00:00:00Z\u001f" + id, "-0001-01-01T00:00:00Z\u001f" + id, "a\u001fb\u001fnot-a-uuid",
				"a\u001fb\u001f" + id, "a\0b\u001f" + id, "a\u001fb\0\u001f" + id, "\u001f\u001f", "a", "")
				.map(s -> Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8))).toList();
	}

	/** A JSON value of any type, or a string of {@link #text()}, or nested deep. */
	static Arbitrary<String> jsonValue() {
		Arbitrary<String> strings = text().map(Garbage::jsonString);
		Arbitrary<String> scalars = Arbitraries.of("null", "true", "0", "-1", "1e400", "123456789012345678901234567890",
				"1.5", "\"\\ud800\"", "\"\\u0000\"", "\"2026-02-30\"", "\"not-a-uuid\"", "[]", "{}", "[null]", "{\"a\":1}",
				"[\"" + UUID.randomUUID() + "\"]", "\"" + UUID.randomUUID() + "\"");
		Arbitrary<String> deep = Arbitraries.integers().between(50, 3000)
				.map(depth -> "[".repeat(depth) + "]".repeat(depth));
		Arbitrary<String> deepObject = Arbitraries.integers().between(50, 3000)
				.map(depth -> "{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
		return Arbitraries.frequencyOf(Tuple.of(4, strings), Tuple.of(4, scalars),
				Tuple.of(1, deep), Tuple.of(1, deepObject));
	}

	/**
	 * A value that may well pass a field's checks, so that the garbage beside it gets further in:
	 * never an id of something that exists, so that nothing of the suite is changed.
	 */
	static Arbitrary<String> plausible() {
		return Arbitraries.of("\"Plausible Name\"", "\"plausible." + UUID.randomUUID().toString().substring(0, 8)
				+ "@example.com\"", "true", "false", "1", "\"2026-01-01\"", "\"INVOICE\"", "\"USD\"", "\"SALES\"",
				"[\"SALES\"]", "[]", "{}", "\"" + UUID.randomUUID() + "\"", "null");
	}

	/** A body for a request whose JSON has these fields: each some garbage or a plausible value, or the whole body broken. */
	static Arbitrary<byte[]> body(List<String> fields) {
		Arbitrary<String> value = Arbitraries.frequencyOf(Tuple.of(1, plausible()),
				Tuple.of(1, jsonValue()));
		Arbitrary<byte[]> object = value.list().ofSize(fields.size()).map(values -> {
			List<String> members = new ArrayList<>();
			for (int i = 0; i < fields.size(); i++) {
				members.add(jsonString(fields.get(i)) + ":" + values.get(i));
			}
			return ("{" + String.join(",", members) + "}").getBytes(StandardCharsets.UTF_8);
		});
		Arbitrary<byte[]> broken = Arbitraries.of("", "{", "}", "{\"a\":}", "[1,]", "nul", "{\"a\" 1}", "'a'",
				"{\"a\":1}{", "\u0000", "{\"__proto__\":{}}").map(s -> s.getBytes(StandardCharsets.UTF_8));
		Arbitrary<byte[]> notUtf8 = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(10).map(b -> {
			byte[] body = ("{\"" + (fields.isEmpty() ? "a" : fields.getFirst()) + "\":\"").getBytes(StandardCharsets.UTF_8);
			byte[] all = new byte[body.length + b.length + 3];
			System.arraycopy(body, 0, all, 0, body.length);
			for (int i = 0; i < b.length; i++) {
				all[body.length + i] = (byte) (b[i] | 0x80);
			}
			all[all.length - 3] = (byte) 0xC3;
			all[all.length - 2] = '"';
			all[all.length - 1] = '}';
			return all;
		});
		Arbitrary<byte[]> whole = jsonValue().map(s -> s.getBytes(StandardCharsets.UTF_8));
		return Arbitraries.frequencyOf(Tuple.of(6, object), Tuple.of(1, broken),
				Tuple.of(1, notUtf8), Tuple.of(1, whole));
	}

	/** Bodies no JSON reader gets past: broken syntax, bytes that are not UTF-8, nesting beyond any limit, a stray value. */
	static Arbitrary<byte[]> unparseable() {
		return Arbitraries.of("", "{", "{\"a\":}", "[1,]", "nul", "{\"email\" 1}", "'a'", "{\"a\":1}{",
				"{\"email\":[\"x\"],\"password\":{}}", "[".repeat(5000) + "]".repeat(5000), "{\"email\":\"\u00c3\"}")
				.map(s -> s.replace("\u00c3", "\u00c3\u0028").getBytes(StandardCharsets.ISO_8859_1));
	}

	static String percentEncode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static String jsonString(String value) {
		StringBuilder json = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20 || Character.isSurrogate(c)) {
				json.append("\\u%04x".formatted((int) c));
			}
			else {
				json.append(c);
			}
		}
		return json.append('"').toString();
	}
}
