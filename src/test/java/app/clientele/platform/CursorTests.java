package app.clientele.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

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

	@Test
	void refusesWhatItDidNotMake() {
		assertThatThrownBy(() -> Cursor.decode("not a cursor!", 2)).isInstanceOf(InvalidInput.class)
				.satisfies(e -> assertThat(((InvalidInput) e).errors().getFirst().field()).isEqualTo("after"));
		assertThatThrownBy(() -> Cursor.decode(Cursor.of("one").encode(), 2)).isInstanceOf(InvalidInput.class);
	}

	@Test
	void limitMustBeWithinBounds() {
		assertThat(PageRequest.of(null, null).limit()).isEqualTo(50);
		assertThatThrownBy(() -> PageRequest.of(0, null)).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> PageRequest.of(201, null)).isInstanceOf(InvalidInput.class);
	}
}
