package app.clientele.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The built-in templates, one file each under {@code defaults/}: the subject on the first line,
 * then the text part after {@code --- text} and the HTML part after {@code --- html}.
 */
@Component
class DefaultTemplates {

	private static final String TEXT = "\n--- text\n";
	private static final String HTML = "\n--- html\n";

	private final Map<TemplateKey, EmailTemplate> defaults = new EnumMap<>(TemplateKey.class);

	DefaultTemplates() {
		for (TemplateKey key : TemplateKey.values()) {
			defaults.put(key, load(key));
		}
	}

	EmailTemplate of(TemplateKey key) {
		return defaults.get(key);
	}

	private static EmailTemplate load(TemplateKey key) {
		String file = "defaults/" + key.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".txt";
		try (InputStream in = DefaultTemplates.class.getResourceAsStream(file)) {
			if (in == null) {
				throw new IllegalStateException("The default template " + file + " is missing from the build");
			}
			String content = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
			int text = content.indexOf(TEXT);
			int html = content.indexOf(HTML);
			if (text < 0 || html < text) {
				throw new IllegalStateException("The default template " + file + " lacks '--- text' then '--- html'");
			}
			return new EmailTemplate(key, true, content.substring(0, text).strip(),
					content.substring(html + HTML.length()).strip() + "\n",
					content.substring(text + TEXT.length(), html).strip() + "\n", false, 0, null);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
