package app.clientele.marketing.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.contacts.ContactManagement;
import app.clientele.marketing.Campaign;
import app.clientele.marketing.CampaignPreview;
import app.clientele.marketing.Campaigns;
import app.clientele.marketing.MarketingLists;
import app.clientele.platform.FormErrors;
import app.clientele.platform.PageRequest;
import app.clientele.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Console pages of marketing: lists and their members and audience, the campaign editor, campaigns. */
@Controller
class MarketingController {

	private final MarketingLists lists;
	private final Campaigns campaigns;
	private final CampaignPreview previews;
	private final ContactManagement contacts;

	MarketingController(MarketingLists lists, Campaigns campaigns, CampaignPreview previews, ContactManagement contacts) {
		this.lists = lists;
		this.campaigns = campaigns;
		this.previews = previews;
		this.contacts = contacts;
	}

	@GetMapping("/marketing")
	String overview(Model model) {
		return overview(model, FormErrors.none(), "");
	}

	@PostMapping("/marketing/lists")
	String createList(@RequestParam(defaultValue = "") String name, Model model) {
		try {
			return "redirect:/marketing/lists/" + lists.create(name).id();
		}
		catch (ProblemException e) {
			return overview(model, FormErrors.of(e), name);
		}
	}

	@GetMapping("/marketing/lists/{id}")
	String list(@PathVariable UUID id, @RequestParam(required = false) @Nullable String after, Model model) {
		model.addAttribute("section", "marketing");
		model.addAttribute("list", lists.get(id));
		model.addAttribute("members", lists.members(id, PageRequest.of(50, after)));
		model.addAttribute("audience", lists.audience(id));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.none());
		}
		return "marketing/list";
	}

	/** Search-to-add: contacts matching what staff type, as checkboxes to add to the list. */
	@GetMapping("/marketing/contact-search")
	String contactSearch(@RequestParam(required = false) @Nullable String q, Model model) {
		model.addAttribute("found", q == null || q.isBlank() ? List.of() : contacts.search(q, false, PageRequest.of(10, null)).items());
		return "marketing/list :: found";
	}

	@PostMapping("/marketing/lists/{id}/members")
	String addMembers(@PathVariable UUID id, @RequestParam(required = false) @Nullable List<UUID> contactIds,
			Model model) {
		try {
			lists.addMembers(id, contactIds == null ? List.of() : contactIds);
			return "redirect:/marketing/lists/" + id;
		}
		catch (ProblemException e) {
			model.addAttribute("errors", FormErrors.of(e));
			return list(id, null, model);
		}
	}

	@PostMapping("/marketing/lists/{id}/members/{contactId}/remove")
	String removeMember(@PathVariable UUID id, @PathVariable UUID contactId) {
		lists.removeMember(id, contactId);
		return "redirect:/marketing/lists/" + id;
	}

	@GetMapping("/marketing/campaigns/new")
	String newCampaign(@RequestParam(required = false) @Nullable UUID listId, Model model) {
		return editor(model, new CampaignForm("", listId, "", "", null), FormErrors.none(), null);
	}

	record CampaignForm(@Nullable String name, @Nullable UUID listId, @Nullable String subject, @Nullable String body,
			@Nullable UUID previewContactId) {
	}

	@PostMapping("/marketing/campaigns")
	String createCampaign(@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable UUID listId, @RequestParam(required = false) @Nullable String subject,
			@RequestParam(required = false) @Nullable String body, Model model) {
		CampaignForm form = new CampaignForm(name, listId, subject, body, null);
		try {
			Campaign campaign = campaigns.create(name, listId, subject, body);
			return "redirect:/marketing/campaigns/" + campaign.id();
		}
		catch (ProblemException e) {
			return editor(model, form, FormErrors.of(e), null);
		}
	}

	@GetMapping("/marketing/campaigns/{id}")
	String campaign(@PathVariable UUID id, Model model) {
		Campaign campaign = campaigns.get(id);
		model.addAttribute("section", "marketing");
		model.addAttribute("campaign", campaign);
		model.addAttribute("list", lists.get(campaign.listId()));
		model.addAttribute("audience", lists.audience(campaign.listId()));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.none());
		}
		return "marketing/campaign";
	}

	@PostMapping("/marketing/campaigns/{id}/preview")
	String preview(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID contactId, Model model) {
		try {
			model.addAttribute("preview", previews.preview(id, contactId));
		}
		catch (ProblemException e) {
			model.addAttribute("errors", FormErrors.of(e));
		}
		return campaign(id, model);
	}

	@PostMapping("/marketing/campaigns/{id}/send")
	String send(@PathVariable UUID id) {
		campaigns.send(id);
		return "redirect:/marketing/campaigns/" + id + "?sending";
	}

	@GetMapping("/contacts/{id}/marketing-lists")
	String listsOfContact(@PathVariable UUID id, Model model) {
		model.addAttribute("lists", lists.listsOf(id));
		return "marketing/contact-lists :: lists";
	}

	private String overview(Model model, Map<String, String> errors, String name) {
		model.addAttribute("section", "marketing");
		model.addAttribute("lists", lists.all(PageRequest.of(100, null)));
		model.addAttribute("campaigns", campaigns.all(PageRequest.of(50, null)));
		model.addAttribute("errors", errors);
		model.addAttribute("name", name);
		return "marketing/overview";
	}

	private String editor(Model model, CampaignForm form, Map<String, String> errors, @Nullable Object preview) {
		model.addAttribute("section", "marketing");
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("lists", lists.all(PageRequest.of(200, null)).items());
		return "marketing/editor";
	}
}
