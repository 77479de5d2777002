package app.clientele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

/** The examples of RFC 7396, appendix A. */
class MergePatchTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"{\"a\":\"b\"}                 | {\"a\":\"c\"}             | {\"a\":\"c\"}",
			"{\"a\":\"b\"}                 | {\"b\":\"c\"}             | {\"a\":\"b\",\"b\":\"c\"}",
			"{\"a\":\"b\"}                 | {\"a\":null}              | {}",
			"{\"a\":\"b\",\"b\":\"c\"}     | {\"a\":null}              | {\"b\":\"c\"}",
			"{\"a\":[\"b\"]}               | {\"a\":\"c\"}             | {\"a\":\"c\"}",
			"{\"a\":\"c\"}                 | {\"a\":[\"b\"]}           | {\"a\":[\"b\"]}",
			"{\"a\":{\"b\":\"c\"}}         | {\"a\":{\"b\":\"d\",\"c\":null}} | {\"a\":{\"b\":\"d\"}}",
			"{\"a\":[{\"b\":\"c\"}]}       | {\"a\":[1]}               | {\"a\":[1]}",
			"[\"a\",\"b\"]                 | [\"c\",\"d\"]             | [\"c\",\"d\"]",
			"{\"a\":\"b\"}                 | [\"c\"]                   | [\"c\"]",
			"{\"a\":\"foo\"}               | null                      | null",
			"{\"e\":null}                  | {\"a\":1}                 | {\"e\":null,\"a\":1}",
			"[1,2]                         | {\"a\":\"b\",\"c\":null}  | {\"a\":\"b\"}",
			"{}                            | {\"a\":{\"bb\":{\"ccc\":null}}} | {\"a\":{\"bb\":{}}}" })
	void appliesTheExamplesOfTheRfc(String target, String patch, String expected) {
		assertThat(MergePatch.merge(JSON.readTree(target), JSON.readTree(patch))).isEqualTo(JSON.readTree(expected));
	}
}
