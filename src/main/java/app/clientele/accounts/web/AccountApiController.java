package app.clientele.accounts.web;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import app.clientele.accounts.Account;
import app.clientele.accounts.AccountId;
import app.clientele.accounts.AccountCustomFields;
import app.clientele.accounts.AccountManagement;
import app.clientele.accounts.AccountSummary;
import app.clientele.accounts.Site;
import app.clientele.accounts.SiteId;
import app.clientele.platform.IfMatch;
import app.clientele.platform.MergePatch;
import app.clientele.platform.Page;
import app.clientele.platform.PageRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/accounts")
class AccountApiController {

	private final AccountManagement accounts;
	private final MergePatch mergePatch;
	private final AccountCustomFields customFields;

	AccountApiController(AccountManagement accounts, MergePatch mergePatch, AccountCustomFields customFields) {
		this.customFields = customFields;
		this.accounts = accounts;
		this.mergePatch = mergePatch;
	}

	@PostMapping
	ResponseEntity<AccountResponse> create(@Valid @RequestBody AccountRequest request) {
		Account account = customFields.create(request.details(), request.customFields());
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + account.id())).body(response(account));
	}

	@GetMapping
	Page<AccountSummary> search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String after) {
		return accounts.search(q, PageRequest.of(limit, after));
	}

	@GetMapping("/{id}")
	AccountResponse get(@PathVariable UUID id) {
		return response(accounts.get(id));
	}

	private AccountResponse response(Account account) {
		Map<String, Object> stored = customFields.of(account.id());
		return AccountResponse.of(account, stored.isEmpty() ? Map.of() : customFields.rules().visible(stored));
	}

	@PatchMapping(path = "/{id}", consumes = { "application/merge-patch+json", "application/json" })
	AccountResponse patch(@PathVariable UUID id, @RequestBody JsonNode patch,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		Account current = accounts.get(id);
		IfMatch expected = IfMatch.of(ifMatch);
		expected.check("Account " + id, current.version());
		AccountRequest changed = mergePatch.apply(AccountRequest.of(current, customFields.of(id)), patch,
				AccountRequest.class);
		return response(customFields.update(id, changed.details(),
				changed.customFields() == null ? Map.of() : changed.customFields(), IfMatch.version(current.version())));
	}

	@PostMapping("/{id}/sites")
	ResponseEntity<SiteResponse> addSite(@PathVariable UUID id, @Valid @RequestBody SiteRequest request) {
		Site site = accounts.addSite(id, request.details());
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + id + "/sites/" + site.id()))
				.body(SiteResponse.of(site));
	}

	@GetMapping("/{id}/sites")
	Page<SiteResponse> sites(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String after) {
		return accounts.sites(id, PageRequest.of(limit, after)).map(SiteResponse::of);
	}

	@GetMapping("/{id}/sites/{siteId}")
	SiteResponse site(@PathVariable UUID id, @PathVariable UUID siteId) {
		return SiteResponse.of(accounts.site(new AccountId(id), new SiteId(siteId)));
	}

	@PatchMapping(path = "/{id}/sites/{siteId}", consumes = { "application/merge-patch+json", "application/json" })
	SiteResponse patchSite(@PathVariable UUID id, @PathVariable UUID siteId, @RequestBody JsonNode patch,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		Site current = accounts.site(new AccountId(id), new SiteId(siteId));
		IfMatch expected = IfMatch.of(ifMatch);
		expected.check("Site " + siteId, current.version());
		SiteRequest changed = mergePatch.apply(SiteRequest.of(current), patch, SiteRequest.class);
		return SiteResponse.of(accounts.updateSite(new AccountId(id), new SiteId(siteId), changed.details(), IfMatch.version(current.version())));
	}
}
