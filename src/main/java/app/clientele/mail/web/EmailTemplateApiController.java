package app.clientele.mail.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import app.clientele.mail.EmailTemplate;
import app.clientele.mail.EmailTemplates;
import app.clientele.mail.RenderedEmail;
import app.clientele.mail.TemplateChange;
import app.clientele.platform.IfMatch;
import app.clientele.platform.MergePatch;
import app.clientele.platform.Page;
import app.clientele.platform.Versioned;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/email-templates")
class EmailTemplateApiController {

	private final EmailTemplates templates;
	private final MergePatch mergePatch;

	EmailTemplateApiController(EmailTemplates templates, MergePatch mergePatch) {
		this.templates = templates;
		this.mergePatch = mergePatch;
	}

	/** A template: {@code customised} false while it is the built-in default (version 0). */
	record TemplateResponse(String key, String title, boolean enabled, String subject, String htmlBody,
			String textBody, boolean customised, List<String> placeholders, long version, @Nullable Instant updatedAt)
			implements Versioned {

		static TemplateResponse of(EmailTemplate t) {
			return new TemplateResponse(t.key().name(), t.key().title(), t.enabled(), t.subject(), t.htmlBody(),
					t.textBody(), t.customised(), EmailTemplates.placeholders(), t.version(), t.updatedAt());
		}
	}

	/** The editable part of a template; the target of a merge patch. */
	record TemplateDocument(@NotNull Boolean enabled, @NotNull String subject, @NotNull String htmlBody,
			@NotNull String textBody) {

		static TemplateDocument of(EmailTemplate t) {
			return new TemplateDocument(t.enabled(), t.subject(), t.htmlBody(), t.textBody());
		}

		TemplateChange change() {
			return new TemplateChange(enabled, subject, htmlBody, textBody);
		}
	}

	/** What to preview: the saved template, or a draft of any of its texts; sample values unless given. */
	record PreviewRequest(@Nullable String subject, @Nullable String htmlBody, @Nullable String textBody,
			@Nullable Map<String, String> values) {

		@Nullable TemplateChange draft(EmailTemplate current) {
			if (subject == null && htmlBody == null && textBody == null) {
				return null;
			}
			return new TemplateChange(current.enabled(), subject == null ? current.subject() : subject,
					htmlBody == null ? current.htmlBody() : htmlBody, textBody == null ? current.textBody() : textBody);
		}
	}

	record PreviewResponse(String subject, String html, String text) {

		static PreviewResponse of(RenderedEmail r) {
			return new PreviewResponse(r.subject(), r.html(), r.text());
		}
	}

	@GetMapping
	Page<TemplateResponse> list() {
		return new Page<>(templates.list().stream().map(TemplateResponse::of).toList(), null);
	}

	@GetMapping("/{key}")
	TemplateResponse get(@PathVariable String key) {
		return TemplateResponse.of(templates.get(key));
	}

	@PatchMapping(path = "/{key}", consumes = { "application/merge-patch+json", "application/json" })
	TemplateResponse patch(@PathVariable String key, @RequestBody JsonNode patch,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		EmailTemplate current = templates.get(key);
		IfMatch expected = IfMatch.of(ifMatch);
		expected.check("Email template " + current.key(), current.version());
		TemplateDocument changed = mergePatch.apply(TemplateDocument.of(current), patch, TemplateDocument.class);
		return TemplateResponse.of(templates.update(current.key(), changed.change(), IfMatch.version(current.version())));
	}

	@PostMapping("/{key}/preview")
	PreviewResponse preview(@PathVariable String key, @RequestBody(required = false) @Nullable PreviewRequest request) {
		EmailTemplate current = templates.get(key);
		PreviewRequest r = request == null ? new PreviewRequest(null, null, null, null) : request;
		return PreviewResponse.of(templates.preview(current.key(), r.draft(current),
				r.values() == null ? Map.of() : r.values()));
	}
}
