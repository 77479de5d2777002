package app.clientele.mail.web;

import java.time.Instant;
import java.util.UUID;

import app.clientele.mail.EmailStatus;
import app.clientele.mail.EmailSummary;
import app.clientele.mail.MessageHistory;
import app.clientele.mail.TemplateKey;
import app.clientele.platform.Page;
import app.clientele.platform.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ContactEmailsApiController {

	private final MessageHistory history;

	ContactEmailsApiController(MessageHistory history) {
		this.history = history;
	}

	/** One email of a contact's message history; {@code error} is the last delivery error, if any. */
	record EmailResponse(UUID id, TemplateKey template, String subject, EmailStatus status, String toAddress,
			@Nullable UUID campaignId, Instant createdAt, @Nullable Instant sentAt, @Nullable String error) {

		static EmailResponse of(EmailSummary e) {
			return new EmailResponse(e.id(), e.template(), e.subject(), e.status().shown(), e.toAddress(), e.campaignId(),
					e.createdAt(), e.sentAt(), e.lastError());
		}
	}

	@GetMapping("/api/v1/contacts/{id}/emails")
	Page<EmailResponse> emails(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String after) {
		return history.ofContact(id, PageRequest.of(limit, after)).map(EmailResponse::of);
	}
}
