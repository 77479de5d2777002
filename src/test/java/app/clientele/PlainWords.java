package app.clientele;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;

/**
 * What a page says is written for a person: no code of the model ({@code NOT_INVITED},
 * {@code BUYER}: the constants of every enum of the application, found by reflection), no field
 * path ({@code phones[0].number}) or field name ({@code jobTitle}), no message missing from the
 * catalogue ({@code ??key??}). Read from the page's text as written, so that CSS capitals do not
 * count, with its titles, placeholders and confirmations; placeholders of email templates
 * ({@code {{contactName}}}), {@code <code>}, links and email addresses are not words.
 */
public final class PlainWords {

	private static final String TEXT = """
			const parts = [];
			const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
			while (walker.nextNode()) {
			  const parent = walker.currentNode.parentElement;
			  // A record's name, linking to the record or picked by its id, is what people typed: any
			  // word may be one (other tests name lists "SALES"), so it is theirs, not a code shown raw.
			  const id = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/;
			  const link = parent && parent.closest('a[href]');
			  const option = parent && parent.closest('option[value]');
			  const record = (link && id.test(link.getAttribute('href'))) || (option && id.test(option.value));
			  if (parent && !record && !parent.closest('script, style, noscript, template, code')) parts.push(walker.currentNode.nodeValue);
			}
			const attributes = ['title', 'placeholder', 'aria-label', 'alt', 'data-confirm'];
			document.querySelectorAll(attributes.map(a => '[' + a + ']').join(', '))
			  .forEach(el => attributes.forEach(a => el.hasAttribute(a) && parts.push(el.getAttribute(a))));
			document.querySelectorAll('input[type=submit], input[type=button]').forEach(el => parts.push(el.value));
			return parts.join('\\n');
			""";

	private static final Pattern NOT_WORDS = Pattern.compile("\\{\\{[^}]*}}|https?://\\S+|\\S+@\\S+");
	private static final Pattern CAPITALS = Pattern.compile("(?<![A-Za-z0-9_])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![A-Za-z0-9_])");
	private static final Pattern FIELD_PATH = Pattern.compile("[A-Za-z][A-Za-z0-9]*\\[\\d+](?:\\.[A-Za-z][A-Za-z0-9]*)*");
	private static final Pattern FIELD_NAME = Pattern.compile("(?<![A-Za-z0-9_./-])[a-z]+(?:[A-Z][a-z0-9]*)+(?![A-Za-z0-9_])");
	private static final Pattern UNRESOLVED = Pattern.compile("\\?\\?[^?\\s]+\\?\\?");

	/** Names that are also the words people use for the thing (file formats). */
	private static final Set<String> WORDS = Set.of("CSV", "VCARD", "vCard", "URL");
	private static final Set<String> CODES = codes();
	/** The names of the application's record components: what a field name looks like (not "bmCc" of a test's random suffix). */
	private static final Set<String> FIELDS = fields();

	private PlainWords() {
	}

	/** Fails, naming each, when the page shows a code, a field path or name, or a missing message. */
	public static void assertPlainWords(Browser browser) {
		String text = browser.script(TEXT);
		assertThat(problems(text)).as("codes a person should not read on %s", browser.path()).isEmpty();
	}

	/** What of {@code text} is not written for a person. */
	static List<String> problems(String text) {
		String words = NOT_WORDS.matcher(text).replaceAll(" ");
		List<String> found = new ArrayList<>();
		Matcher capitals = CAPITALS.matcher(words);
		while (capitals.find()) {
			if (CODES.contains(capitals.group())) {
				found.add("code " + capitals.group());
			}
		}
		FIELD_PATH.matcher(words).results().forEach(m -> found.add("field path " + m.group()));
		FIELD_NAME.matcher(words).results().filter(m -> FIELDS.contains(m.group()))
				.forEach(m -> found.add("field name " + m.group()));
		UNRESOLVED.matcher(words).results().forEach(m -> found.add("missing message " + m.group()));
		return found;
	}

	static Set<String> fields() {
		Set<String> fields = new TreeSet<>();
		for (Class<?> type : applicationClasses()) {
			if (type.isRecord()) {
				Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).filter(n -> !n.equals(n.toLowerCase()))
						.forEach(fields::add);
			}
		}
		fields.removeAll(WORDS);
		return fields;
	}

	/** The constants of every enum of the application (its own classes, not the tests'). */
	static Set<String> codes() {
		Set<String> codes = new TreeSet<>();
		for (Class<?> type : applicationClasses()) {
			if (type.isEnum()) {
				Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).forEach(codes::add);
			}
		}
		codes.removeAll(WORDS);
		return codes;
	}

	private static List<Class<?>> applicationClasses() {
		List<Class<?>> classes = new ArrayList<>();
		try {
			String main = ClienteleApplication.class.getProtectionDomain().getCodeSource().getLocation().toString();
			SimpleMetadataReaderFactory readers = new SimpleMetadataReaderFactory();
			for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:app/clientele/**/*.class")) {
				MetadataReader reader = readers.getMetadataReader(r);
				if (r.getURL().toString().startsWith(main)) {
					classes.add(Class.forName(reader.getClassMetadata().getClassName(), false,
							PlainWords.class.getClassLoader()));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (ClassNotFoundException e) {
			throw new IllegalStateException(e);
		}
		return classes;
	}
}
