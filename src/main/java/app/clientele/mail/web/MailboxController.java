package app.clientele.mail.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.clientele.mail.EmailStatus;
import app.clientele.mail.Mailbox;
import app.clientele.mail.MailboxEmail;
import app.clientele.platform.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The console's Mailbox (ADMIN): the outbox, and each email as its recipient would read it. The
 * HTML part is served on its own, with a policy that allows no script, no form and no request to
 * anywhere but images, into a sandboxed frame of the email's page.
 */
@Controller
class MailboxController {

	/**
	 * The email's HTML may style itself and show images; nothing else, and only this console may
	 * frame it. Browsers follow frame-ancestors over the console's X-Frame-Options: DENY.
	 */
	static final String HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; "
			+ "font-src https: data:; form-action 'none'; base-uri 'none'; frame-ancestors 'self'; sandbox";

	private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+");

	private final Mailbox mailbox;

	MailboxController(Mailbox mailbox) {
		this.mailbox = mailbox;
	}

	@GetMapping("/mailbox")
	String list(@RequestParam(required = false) @Nullable EmailStatus status,
			@RequestParam(defaultValue = "false") boolean stuck,
			@RequestParam(required = false) @Nullable String after, Model model) {
		model.addAttribute("section", "mailbox");
		model.addAttribute("status", status);
		model.addAttribute("stuck", stuck);
		model.addAttribute("statuses", EmailStatus.values());
		model.addAttribute("emails", mailbox.list(status, stuck, PageRequest.of(50, after)));
		model.addAttribute("delivers", mailbox.delivers());
		model.addAttribute("queued", mailbox.count(EmailStatus.QUEUED));
		return "mail/mailbox";
	}

	@GetMapping("/mailbox/{id}")
	String show(@PathVariable UUID id, Model model) {
		MailboxEmail email = mailbox.open(id);
		model.addAttribute("section", "mailbox");
		model.addAttribute("email", email);
		model.addAttribute("links", email.email() == null ? List.of() : links(email.email().text()));
		model.addAttribute("delivers", mailbox.delivers());
		return "mail/mailbox-email";
	}

	@GetMapping("/mailbox/{id}/html")
	ResponseEntity<String> html(@PathVariable UUID id) {
		return ResponseEntity.ok()
				.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
				.cacheControl(CacheControl.noStore())
				.header("Content-Security-Policy", HTML_POLICY)
				.header("X-Content-Type-Options", "nosniff")
				.header("Referrer-Policy", "no-referrer")
				.body(mailbox.html(id));
	}

	/** The links of the text part, to follow from the Mailbox (the framed HTML cannot navigate). */
	static Set<String> links(String text) {
		Set<String> links = new LinkedHashSet<>();
		Matcher m = LINK.matcher(text);
		while (m.find()) {
			links.add(m.group());
		}
		return links;
	}
}
