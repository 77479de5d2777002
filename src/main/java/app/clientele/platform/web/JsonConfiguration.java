package app.clientele.platform.web;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Typos must not silently drop data: unknown fields in a request are a 400. So is text holding a
 * NUL character (U+0000) or half of a surrogate pair, which no text of PostgreSQL can hold (the
 * first fails in the database, the second is silently stored as '?'): refused where it is read,
 * naming the field. A null inside a list or set (of ids, tags, permissions) is refused as it is
 * read too: no request means one, and further in it would be a NullPointerException.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer strictRequests() {
		return builder -> builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
				.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
				.withConfigOverride(List.class, o -> o.setNullHandling(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
				.withConfigOverride(Set.class, o -> o.setNullHandling(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
				.addModule(new SimpleModule("text").addDeserializer(String.class, new StorableText()));
	}

	/** Reads text as Jackson does, refusing a NUL or an unpaired surrogate. */
	static final class StorableText extends StringDeserializer {

		@Override
		public String deserialize(JsonParser p, DeserializationContext ctxt) {
			String text = super.deserialize(p, ctxt);
			if (text != null && text.indexOf('\0') >= 0) {
				throw ctxt.weirdStringException(text, String.class, "must not contain the NUL character");
			}
			if (text != null && hasUnpairedSurrogate(text)) {
				throw ctxt.weirdStringException(text, String.class, "must be valid Unicode text");
			}
			return text;
		}

		static boolean hasUnpairedSurrogate(String text) {
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
				}
				else if (Character.isSurrogate(c)) {
					return true;
				}
			}
			return false;
		}
	}
}
