package app.clientele.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.clientele.fields.CustomField;
import app.clientele.fields.CustomFieldEntity;
import app.clientele.fields.CustomFieldManagement;
import app.clientele.platform.Actor;
import app.clientele.platform.ClienteleProperties;
import app.clientele.platform.FieldConstraints;
import app.clientele.platform.FieldProblem;
import app.clientele.platform.IfMatch;
import app.clientele.staff.SettingsManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The email templates (ADMIN): each is the built-in default until an ADMIN changes it, and can
 * be switched off. Previews fill in sample values, and any the caller gives.
 */
@Service
public class EmailTemplates {

	static final int MAX_SUBJECT = 300;
	static final int MAX_BODY = 100_000;

	private final JdbcClient jdbc;
	private final DefaultTemplates defaults;
	private final SettingsManagement settings;
	private final ClienteleProperties properties;
	private final FieldConstraints constraints;
	private final CustomFieldManagement customFields;
	private final ApplicationEventPublisher events;

	EmailTemplates(JdbcClient jdbc, DefaultTemplates defaults, SettingsManagement settings,
			ClienteleProperties properties, FieldConstraints constraints, CustomFieldManagement customFields,
			ApplicationEventPublisher events) {
		this.customFields = customFields;
		this.events = events;
		this.jdbc = jdbc;
		this.defaults = defaults;
		this.settings = settings;
		this.properties = properties;
		this.constraints = constraints;
	}

	/** The placeholders a template may use. */
	public static List<String> placeholders() {
		return Placeholders.KNOWN;
	}

	@Transactional(readOnly = true)
	public List<EmailTemplate> list() {
		Map<TemplateKey, EmailTemplate> all = all();
		return List.copyOf(all.values());
	}

	@Transactional(readOnly = true)
	public EmailTemplate get(TemplateKey key) {
		return jdbc.sql("SELECT * FROM email_template WHERE key = :key").param("key", key.name())
				.query(EmailTemplates::row).optional().orElseGet(() -> defaults.of(key));
	}

	/** The template of a key as written in a URL ({@code WELCOME}, {@code portal-invitation}); 404 otherwise. */
	public EmailTemplate get(String key) {
		return get(TemplateKey.parse(key).orElseThrow(() -> new TemplateNotFound(key)));
	}

	public boolean enabled(TemplateKey key) {
		return get(key).enabled();
	}

	/** Every template, in the order of {@link TemplateKey}. */
	@Transactional(readOnly = true)
	Map<TemplateKey, EmailTemplate> all() {
		Map<TemplateKey, EmailTemplate> all = new EnumMap<>(TemplateKey.class);
		for (TemplateKey key : TemplateKey.values()) {
			all.put(key, defaults.of(key));
		}
		jdbc.sql("SELECT * FROM email_template").query(EmailTemplates::row).list().forEach(t -> all.put(t.key(), t));
		return all;
	}

	@Transactional
	public EmailTemplate update(TemplateKey key, TemplateChange change, IfMatch ifMatch) {
		EmailTemplate current = get(key);
		ifMatch.check("Email template " + key, current.version());
		check(change);
		int updated = jdbc.sql("""
				INSERT INTO email_template (key, enabled, subject, html_body, text_body, version, updated_at)
				VALUES (:key, :enabled, :subject, :html, :text, 1, now())
				ON CONFLICT (key) DO UPDATE SET enabled = EXCLUDED.enabled, subject = EXCLUDED.subject,
				    html_body = EXCLUDED.html_body, text_body = EXCLUDED.text_body,
				    version = email_template.version + 1, updated_at = now()
				WHERE email_template.version = :version
				""")
				.param("key", key.name()).param("enabled", change.enabled()).param("subject", change.subject().strip())
				.param("html", change.htmlBody()).param("text", change.textBody()).param("version", current.version())
				.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("email template " + key + " changed concurrently");
		}
		EmailTemplate changed = get(key);
		events.publishEvent(new EmailTemplateChanged(current, changed, Actor.current()));
		return changed;
	}

	/**
	 * The template (or {@code draft}, unsaved) rendered with sample values, overridden by
	 * {@code values}. The link is a sample: previews issue no real one.
	 */
	public RenderedEmail preview(TemplateKey key, @Nullable TemplateChange draft, Map<String, String> values) {
		EmailTemplate template = get(key);
		if (draft != null) {
			check(draft);
			template = new EmailTemplate(key, draft.enabled(), draft.subject(), draft.htmlBody(), draft.textBody(), true,
					template.version(), template.updatedAt());
		}
		Map<String, String> all = new HashMap<>(samples());
		values.forEach((name, value) -> {
			if (!name.equals(Placeholders.LINK) && !name.equals(Placeholders.COMPANY_NAME)) {
				all.put(name, value);
			}
		});
		return template.render(all);
	}

	private Map<String, String> samples() {
		Map<String, String> samples = new LinkedHashMap<>();
		samples.put("contactName", "Ada Lovelace");
		samples.put("contactFirstName", "Ada");
		samples.put("accountName", "Analytical Engines Ltd");
		samples.put(Placeholders.COMPANY_NAME, settings.get().companyName());
		samples.put(Placeholders.LINK, properties.link("/portal/"));
		samples.put("validHours", "48");
		samples.put("validFor", "48 hours");
		samples.put("documentType", "Invoice");
		samples.put("documentNumber", "INV-1042");
		samples.put("documentTitle", "Maintenance, November");
		samples.put("amount", "1,250.00");
		samples.put("currency", "USD");
		samples.put("dueDate", "2026-12-15");
		samples.put("subject", "Our winter offer");
		samples.put("body", "Dear customer,\nthis winter, every service visit comes with a free check-up.");
		return samples;
	}

	/** The field limits, then (once the texts are there) the placeholders and the one-line subject. */
	private void check(TemplateChange change) {
		constraints.valid(change);
		List<FieldProblem> errors = new ArrayList<>();
		if (change.subject().strip().chars().anyMatch(c -> c == '\r' || c == '\n')) {
			errors.add(new FieldProblem("subject", "must be one line"));
		}
		else {
			Set<String> custom = customFields.rules(CustomFieldEntity.CONTACT).fields().stream().map(CustomField::key)
					.collect(java.util.stream.Collectors.toSet());
			unknown("subject", change.subject(), custom, errors);
			unknown("htmlBody", change.htmlBody(), custom, errors);
			unknown("textBody", change.textBody(), custom, errors);
		}
		constraints.valid(change, errors);
	}

	private static void unknown(String field, String text, Set<String> custom, List<FieldProblem> errors) {
		Set<String> unknown = Placeholders.unknown(text, custom);
		if (!unknown.isEmpty()) {
			errors.add(new FieldProblem(field, "uses unknown placeholders " + unknown.stream().map(p -> "{{" + p + "}}")
					.toList() + "; known are " + Placeholders.KNOWN.stream().map(p -> "{{" + p + "}}").toList()
					+ " and {{custom.<key>}} of each contact custom field"));
		}
	}

	private static EmailTemplate row(ResultSet rs, int n) throws SQLException {
		return new EmailTemplate(TemplateKey.valueOf(rs.getString("key")), rs.getBoolean("enabled"),
				rs.getString("subject"), rs.getString("html_body"), rs.getString("text_body"), true, rs.getLong("version"),
				rs.getTimestamp("updated_at").toInstant());
	}
}
