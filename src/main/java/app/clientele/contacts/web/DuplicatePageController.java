package app.clientele.contacts.web;

import java.util.List;
import java.util.UUID;

import app.clientele.accounts.AccountManagement;
import app.clientele.contacts.DuplicatePair;
import app.clientele.contacts.DuplicateReason;
import app.clientele.contacts.DuplicateScan;
import app.clientele.contacts.DuplicateScans;
import app.clientele.platform.Page;
import app.clientele.platform.PageRequest;
import app.clientele.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The review queue of duplicates on record: "Find duplicates" starts a scan whose progress the
 * page shows (a fragment it reloads every second until the scan ends), the pairs highest score
 * first with both people side by side, filtered by account and reason, and "Not a duplicate".
 */
@Controller
class DuplicatePageController {

	static final int PAGE = 25;

	private final DuplicateScans scans;
	private final AccountManagement accounts;
	private final DuplicateWords words;

	DuplicatePageController(DuplicateScans scans, AccountManagement accounts, DuplicateWords words) {
		this.scans = scans;
		this.accounts = accounts;
		this.words = words;
	}

	@GetMapping("/duplicates")
	String queue(@RequestParam(required = false) @Nullable UUID accountId,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String after,
			@RequestParam(required = false) @Nullable UUID scan, Model model) {
		String chosenReason = reason == null || reason.isBlank() ? null : reason;
		model.addAttribute("section", "duplicates");
		model.addAttribute("accountId", accountId);
		model.addAttribute("accountName", accountId == null ? null : accounts.get(accountId).name());
		model.addAttribute("reason", chosenReason);
		model.addAttribute("reasons", List.of(DuplicateReason.values()));
		Page<DuplicatePair> pairs = scans.queue(accountId, chosenReason, PageRequest.of(PAGE, after));
		model.addAttribute("pairs", pairs);
		model.addAttribute("reasonWords", words.of(pairs.items()));
		model.addAttribute("scan", scan == null ? null : scans.get(scan));
		return "contacts/duplicates";
	}

	@GetMapping("/duplicates/scans/{id}/progress")
	String progress(@PathVariable UUID id, Model model) {
		model.addAttribute("scan", scans.get(id));
		return "contacts/duplicates :: progress";
	}

	@PostMapping("/duplicates/scans")
	String scan(@RequestParam(required = false) @Nullable UUID accountId, RedirectAttributes redirect) {
		DuplicateScan started = scans.start(accountId);
		redirect.addFlashAttribute("flash", say("duplicate.flash.started"));
		return "redirect:" + back(accountId, null).queryParam("scan", started.id()).toUriString();
	}

	@PostMapping("/duplicates/pairs/{id}/dismiss")
	String dismiss(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID accountId,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		try {
			scans.dismiss(id);
			redirect.addFlashAttribute("flash", say("duplicate.flash.dismissed"));
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("flashError", say("duplicate.flash.gone"));
		}
		return "redirect:" + back(accountId, reason).toUriString();
	}

	/** The queue with the filters the staff member had. */
	private static UriComponentsBuilder back(@Nullable UUID accountId, @Nullable String reason) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/duplicates");
		if (accountId != null) {
			uri.queryParam("accountId", accountId);
		}
		if (reason != null && !reason.isBlank()) {
			uri.queryParam("reason", reason);
		}
		return uri;
	}

	private String say(String key) {
		return words.say(key);
	}
}
