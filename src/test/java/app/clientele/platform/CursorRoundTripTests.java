package app.clientele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Whatever a page ends on, its cursor gives back exactly the same sort keys. */
class CursorRoundTripTests {

	@Property
	void decodingAnEncodedCursorGivesItsValues(@ForAll("values") @Size(min = 1, max = 4) List<String> values) {
		Cursor decoded = Cursor.decode(new Cursor(values).encode(), values.size());
		assertThat(decoded.values()).isEqualTo(values);
	}

	@Property
	void instantsAndIdsRoundTrip(@ForAll("instants") Instant at, @ForAll("names") String name, @ForAll("ids") UUID id) {
		Cursor decoded = Cursor.decode(Cursor.of(at.toString(), name, id.toString()).encode(), 3);
		assertThat(Instant.parse(decoded.value(0))).isEqualTo(at);
		assertThat(decoded.value(1)).isEqualTo(name);
		assertThat(decoded.uuid(2)).isEqualTo(id);
	}

	@Property
	void anEncodedCursorIsSafeInAQueryString(@ForAll("values") @Size(min = 1, max = 4) List<String> values) {
		assertThat(new Cursor(values).encode()).matches("[A-Za-z0-9_-]*");
	}

	@Provide
	Arbitrary<List<String>> values() {
		return Arbitraries.oneOf(names(), instants().map(Instant::toString), ids().map(UUID::toString)).list();
	}

	/**
	 * Any text a sort key can hold: every Unicode plane, accents, apostrophes, spaces, empty
	 * strings. Not unpaired surrogates and not NUL, which no PostgreSQL text holds, and not U+001F,
	 * the separator: sort keys hold no control characters (names refuse them).
	 */
	@Provide
	Arbitrary<String> names() {
		return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(20),
				Arbitraries.of("Mary Ann", "O'Brien", "Straße", "İnce", "σοφός", "", " ", "müller, anna"))
				.filter(s -> s.codePoints().noneMatch(c -> Character.isSurrogate((char) c) && c <= 0xFFFF || c == 0x1f || c == 0));
	}

	@Provide
	Arbitrary<UUID> ids() {
		return Arbitraries.longs().tuple2().map(bits -> new UUID(bits.get1(), bits.get2()));
	}

	@Provide
	Arbitrary<Instant> instants() {
		return Arbitraries.longs().between(-62_135_596_800L, 253_402_300_799L)
				.flatMap(seconds -> Arbitraries.integers().between(0, 999_999_999).map(nanos -> Instant.ofEpochSecond(seconds, nanos)));
	}
}
