package app.clientele.marketing.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import app.clientele.marketing.Audience;
import app.clientele.marketing.Campaign;
import app.clientele.marketing.Campaigns;
import app.clientele.marketing.MarketingList;
import app.clientele.marketing.MarketingLists;
import app.clientele.marketing.Member;
import app.clientele.marketing.MembersAdded;
import app.clientele.platform.Page;
import app.clientele.platform.PageRequest;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MarketingApiController {

	private final MarketingLists lists;
	private final Campaigns campaigns;
	private final app.clientele.marketing.CampaignPreview previews;

	MarketingApiController(MarketingLists lists, Campaigns campaigns, app.clientele.marketing.CampaignPreview previews) {
		this.lists = lists;
		this.campaigns = campaigns;
		this.previews = previews;
	}

	record ListRequest(@Nullable String name) {
	}

	/** A null among the ids is refused as it is read (it was a 500 where the ids are looked up). */
	record MembersRequest(@JsonSetter(contentNulls = Nulls.FAIL) @Nullable List<UUID> contactIds) {
	}

	record CampaignRequest(@Nullable String name, @Nullable UUID listId, @Nullable String subject,
			@Nullable String body) {
	}

	record Lists(List<MarketingList> items) {
	}

	@PostMapping("/api/v1/marketing-lists")
	ResponseEntity<MarketingList> create(@RequestBody ListRequest request) {
		MarketingList list = lists.create(request.name() == null ? "" : request.name());
		return ResponseEntity.created(URI.create("/api/v1/marketing-lists/" + list.id())).body(list);
	}

	@GetMapping("/api/v1/marketing-lists")
	Page<MarketingList> all(@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String after) {
		return lists.all(PageRequest.of(limit, after));
	}

	@GetMapping("/api/v1/marketing-lists/{id}")
	MarketingList get(@PathVariable UUID id) {
		return lists.get(id);
	}

	@GetMapping("/api/v1/marketing-lists/{id}/members")
	Page<Member> members(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String after) {
		return lists.members(id, PageRequest.of(limit, after));
	}

	@PostMapping("/api/v1/marketing-lists/{id}/members")
	MembersAdded addMembers(@PathVariable UUID id, @RequestBody MembersRequest request) {
		return lists.addMembers(id, request.contactIds() == null ? List.of() : request.contactIds());
	}

	@DeleteMapping("/api/v1/marketing-lists/{id}/members/{contactId}")
	ResponseEntity<Void> removeMember(@PathVariable UUID id, @PathVariable UUID contactId) {
		lists.removeMember(id, contactId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/marketing-lists/{id}/audience")
	Audience audience(@PathVariable UUID id) {
		return lists.audience(id);
	}

	@GetMapping("/api/v1/contacts/{id}/marketing-lists")
	Lists listsOf(@PathVariable UUID id) {
		return new Lists(lists.listsOf(id));
	}

	@PostMapping("/api/v1/campaigns")
	ResponseEntity<Campaign> createCampaign(@RequestBody CampaignRequest request) {
		Campaign campaign = campaigns.create(request.name(), request.listId(), request.subject(), request.body());
		return ResponseEntity.created(URI.create("/api/v1/campaigns/" + campaign.id())).body(campaign);
	}

	@GetMapping("/api/v1/campaigns")
	Page<Campaign> allCampaigns(@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String after) {
		return campaigns.all(PageRequest.of(limit, after));
	}

	@GetMapping("/api/v1/campaigns/{id}")
	Campaign campaign(@PathVariable UUID id) {
		return campaigns.get(id);
	}

	record PreviewRequest(@Nullable UUID contactId) {
	}

	@PostMapping("/api/v1/campaigns/{id}/preview")
	app.clientele.marketing.CampaignPreview.Preview preview(@PathVariable UUID id,
			@RequestBody(required = false) @Nullable PreviewRequest request) {
		return previews.preview(id, request == null ? null : request.contactId());
	}

	@PostMapping("/api/v1/campaigns/{id}/send")
	ResponseEntity<Campaign> send(@PathVariable UUID id) {
		return ResponseEntity.accepted().body(campaigns.send(id));
	}
}
