package app.clientele.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CursorTests {

	@Test
	void roundTripsItsValues() {
		UUID id = UUID.randomUUID();
		String encoded = Cursor.of("müller, anna", id.toString()).encode();
		Cursor decoded = Cursor.decode(encoded, 2);
		assertThat(decoded.value(0)).isEqualTo("müller, anna");
		assertThat(decoded.uuid(1)).isEqualTo(id);
	}

	@Property(tries = 200)
	void roundTripsAnyTextAPageCanSortBy(@ForAll("sortText") String first, @ForAll("sortText") String second) {
		Cursor decoded = Cursor.decode(Cursor.of(first, second).encode(), 2);
		assertThat(decoded.values()).containsExactly(first, second);
	}

	@Property(tries = 500)
	void refusesAnyStringAsAnInvalidCursorAndNothingElse(@ForAll("garbage") String encoded) {
		try {
			Cursor decoded = Cursor.decode(encoded, 2);
			decoded.timestamp(0);
			decoded.uuid(1);
		}
		catch (InvalidCursor expected) {
			assertThat(expected.errors().getFirst().field()).isEqualTo("after");
		}
	}

	@Test
	void refusesWhatItDidNotMake() {
		assertThatThrownBy(() -> Cursor.decode("not a cursor!", 2)).isInstanceOf(InvalidCursor.class)
				.satisfies(e -> assertThat(((InvalidCursor) e).errors().getFirst().field()).isEqualTo("after"))
				.satisfies(e -> assertThat(((InvalidCursor) e).slug()).isEqualTo("invalid-cursor"));
		assertThatThrownBy(() -> Cursor.decode(Cursor.of("one").encode(), 2)).isInstanceOf(InvalidCursor.class);
	}

	@Test
	void refusesBytesThatAreNotUtf8() {
		String invalid = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[] { 'a', (byte) 0xC3, 0x1f, 'b' });
		assertThatThrownBy(() -> Cursor.decode(invalid, 2)).isInstanceOf(InvalidCursor.class);
	}

	@Test
	void refusesNulWhichNoDatabaseTextHolds() {
		assertThatThrownBy(() -> Cursor.decode(Cursor.of("a\0b", "c").encode(), 2)).isInstanceOf(InvalidCursor.class);
	}

	@Test
	void refusesAForgedTimeOrIdWhenItIsRead() {
		Cursor forged = Cursor.decode(Cursor.of("yesterday", "not-a-uuid").encode(), 2);
		assertThatThrownBy(() -> forged.timestamp(0)).isInstanceOf(InvalidCursor.class);
		assertThatThrownBy(() -> forged.uuid(1)).isInstanceOf(InvalidCursor.class);
		Cursor outOfRange = Cursor.decode(Cursor.of("+99999-01-01T00:00:00Z", UUID.randomUUID().toString()).encode(), 2);
		assertThatThrownBy(() -> outOfRange.timestamp(0)).isInstanceOf(InvalidCursor.class);
		Instant now = Instant.parse("2026-12-03T10:00:00.123456Z");
		assertThat(Cursor.decode(Cursor.of(now.toString(), "x").encode(), 2).timestamp(0).toInstant()).isEqualTo(now);
	}

	@Test
	void refusesAnOverlongCursorUnread() {
		String huge = Cursor.of("x".repeat(Cursor.MAX_ENCODED), "y").encode();
		assertThatThrownBy(() -> Cursor.decode(huge, 2)).isInstanceOf(InvalidCursor.class);
	}

	@Test
	void limitMustBeWithinBounds() {
		assertThat(PageRequest.of(null, null).limit()).isEqualTo(50);
		assertThatThrownBy(() -> PageRequest.of(0, null)).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> PageRequest.of(201, null)).isInstanceOf(InvalidInput.class);
	}

	@Provide
	Arbitrary<String> sortText() {
		return Arbitraries.strings().all().excludeChars('\0', '\u001f').ofMaxLength(60)
				.filter(s -> s.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE));
	}

	@Provide
	Arbitrary<String> garbage() {
		Arbitrary<String> random = Arbitraries.strings().all().ofMaxLength(80);
		Arbitrary<String> base64 = Arbitraries.bytes().array(byte[].class).ofMaxSize(120)
				.map(b -> Base64.getUrlEncoder().withoutPadding().encodeToString(b));
		Arbitrary<String> forged = Arbitraries.strings().all().ofMaxLength(40).list().ofMaxSize(4)
				.map(values -> Base64.getUrlEncoder().encodeToString(String.join("\u001f", values)
						.getBytes(StandardCharsets.UTF_8)));
		return Arbitraries.oneOf(random, base64, forged);
	}
}
