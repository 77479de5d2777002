package app.clientele.platform.web;

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
 * NUL character (U+0000), which no text of PostgreSQL can hold: refused where it is read,
 * naming the field, not when the database fails on it.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer strictRequests() {
		return builder -> builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
				.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
				.addModule(new SimpleModule("text").addDeserializer(String.class, new TextWithoutNul()));
	}

	/** Reads text as Jackson does, refusing a NUL. */
	static final class TextWithoutNul extends StringDeserializer {

		@Override
		public String deserialize(JsonParser p, DeserializationContext ctxt) {
			String text = super.deserialize(p, ctxt);
			if (text != null && text.indexOf('\0') >= 0) {
				throw ctxt.weirdStringException(text, String.class, "must not contain the NUL character");
			}
			return text;
		}
	}
}
