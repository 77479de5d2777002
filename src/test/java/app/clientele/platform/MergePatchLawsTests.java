package app.clientele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The laws of JSON merge patch (RFC 7396) on arbitrary documents and patches. */
class MergePatchLawsTests {

	private static final JsonNodeFactory NODES = JsonMapper.shared().getNodeFactory();

	@Property
	void applyingAPatchTwiceChangesNothingMore(@ForAll("documents") JsonNode target, @ForAll("patches") JsonNode patch) {
		JsonNode once = MergePatch.merge(target, patch);
		assertThat(MergePatch.merge(once, patch)).isEqualTo(once);
	}

	@Property
	void theEmptyPatchIsTheIdentity(@ForAll("documents") JsonNode target) {
		assertThat(MergePatch.merge(target, NODES.objectNode())).isEqualTo(target);
	}

	@Property
	void nullRemovesTheMemberAndLeavesTheOthers(@ForAll("documents") ObjectNode target, @ForAll("keys") String key) {
		ObjectNode patch = NODES.objectNode().putNull(key);
		JsonNode patched = MergePatch.merge(target, patch);
		ObjectNode expected = target.deepCopy();
		expected.remove(key);
		assertThat(patched).isEqualTo(expected);
	}

	@Property
	void aPatchThatIsNotAnObjectReplacesTheTarget(@ForAll("documents") JsonNode target, @ForAll("scalars") JsonNode patch) {
		assertThat(MergePatch.merge(target, patch)).isEqualTo(patch);
	}

	@Property
	void everyNonNullMemberOfThePatchIsSetAndOthersAreKept(@ForAll("documents") ObjectNode target,
			@ForAll("patches") ObjectNode patch) {
		JsonNode patched = MergePatch.merge(target, patch);
		for (var member : patch.properties()) {
			if (member.getValue().isNull()) {
				assertThat(patched.has(member.getKey())).as(member.getKey()).isFalse();
			}
			else if (!member.getValue().isObject()) {
				assertThat(patched.get(member.getKey())).as(member.getKey()).isEqualTo(member.getValue());
			}
		}
		for (var member : target.properties()) {
			if (!patch.has(member.getKey())) {
				assertThat(patched.get(member.getKey())).as(member.getKey()).isEqualTo(member.getValue());
			}
		}
	}

	@Property
	void theTargetIsNeverChanged(@ForAll("documents") ObjectNode target, @ForAll("patches") ObjectNode patch) {
		ObjectNode before = target.deepCopy();
		MergePatch.merge(target, patch);
		assertThat(target).isEqualTo(before);
	}

	/** A patch made only of non-null scalar members gives back the target when merged into the patch of the original values. */
	@Property
	void aPatchIsUndoneByThePatchOfTheOldValues(@ForAll("documents") ObjectNode target, @ForAll("flatPatches") ObjectNode patch) {
		ObjectNode undo = NODES.objectNode();
		patch.propertyNames().forEach(key -> undo.set(key, target.has(key) ? target.get(key) : NODES.nullNode()));
		assertThat(MergePatch.merge(MergePatch.merge(target, patch), undo)).isEqualTo(target);
	}

	@Provide
	Arbitrary<String> keys() {
		return Arbitraries.of("a", "b", "c", "name", "é", "");
	}

	@Provide
	Arbitrary<JsonNode> scalars() {
		return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(5).map(NODES::stringNode),
				Arbitraries.integers().between(-3, 3).map(NODES::numberNode), Arbitraries.of(true, false).map(NODES::booleanNode),
				Arbitraries.strings().ofMaxLength(3).list().ofMaxSize(3).map(this::array));
	}

	@Provide
	Arbitrary<ObjectNode> documents() {
		return objects(false, 3);
	}

	@Provide
	Arbitrary<ObjectNode> patches() {
		return objects(true, 3);
	}

	@Provide
	Arbitrary<ObjectNode> flatPatches() {
		return Arbitraries.maps(keys(), scalars()).ofMaxSize(4).map(members -> {
			ObjectNode object = NODES.objectNode();
			members.forEach(object::set);
			return object;
		});
	}

	/** Objects nested up to {@code depth}; patches may hold nulls (removals), documents may not. */
	private Arbitrary<ObjectNode> objects(boolean withNulls, int depth) {
		Arbitrary<JsonNode> value = depth == 0 ? scalars()
				: Arbitraries.frequencyOf(Tuple.of(3, scalars()), Tuple.of(1, objects(withNulls, depth - 1).map(JsonNode.class::cast)));
		if (withNulls) {
			value = Arbitraries.frequencyOf(Tuple.of(4, value), Tuple.of(1, Arbitraries.just(NODES.nullNode())));
		}
		return Arbitraries.maps(keys(), value).ofMaxSize(4).map(members -> {
			ObjectNode object = NODES.objectNode();
			members.forEach(object::set);
			return object;
		});
	}

	private JsonNode array(List<String> values) {
		var array = NODES.arrayNode();
		values.forEach(array::add);
		return array;
	}
}
