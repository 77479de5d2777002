package app.clientele.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.util.Timeout;
import tools.jackson.databind.json.JsonMapper;

/**
 * The requests of the benchmark, as an API client sends them: Apache HttpClient 5 (classic,
 * blocking, in the worker's own thread), HTTP/1.1 keep-alive over the loopback, a bearer token on
 * every call, JSON answers read in full. This client costs the shared CPU much less per request
 * than the JDK's HttpClient, whose hand-offs between threads cost about as much as the app's own
 * work for a read by id.
 */
final class Scenarios implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final CloseableHttpClient http = HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setMaxConnTotal(256)
					.setMaxConnPerRoute(256)
					.setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.ofSeconds(5))
							.setSocketTimeout(Timeout.ofSeconds(120)).build())
					.build())
			.disableAutomaticRetries().disableCookieManagement().disableRedirectHandling()
			.disableContentCompression().build();
	private final AppProcess app;
	private final String bearer;
	private final String consoleCookie;
	private final Dataset data;
	private final int[] peopledAccounts;
	private final AtomicLong created = new AtomicLong();
	/**
	 * Tells this run's new people from those of earlier runs on a kept database
	 * ({@code bench.dataDir}): the emails are otherwise the same from run to run, and a second
	 * run's creates would be refused as the same email in the same account.
	 */
	private final String run = Long.toString(System.currentTimeMillis(), 36);

	Scenarios(AppProcess app, String token, String consoleCookie, Dataset data) {
		this.app = app;
		this.bearer = "Bearer " + token;
		this.consoleCookie = consoleCookie;
		this.data = data;
		this.peopledAccounts = IntStream.range(0, data.accounts).filter(a -> data.accountSizes[a] > 0).toArray();
	}

	/** GET /api/v1/contacts/{id} of any contact. */
	LoadRun.Operation get() {
		return random -> {
			send(get("/api/v1/contacts/" + data.contactId(random.nextInt(data.contacts))), 200);
			return "get";
		};
	}

	/** GET /api/v1/contacts?q= with a name fragment, an email or its start, or a phone as people type it. */
	LoadRun.Operation search() {
		return random -> {
			Dataset.Person p = person(random);
			int kind = random.nextInt(100);
			String label;
			String q;
			if (kind < 35) {
				String name = random.nextBoolean() ? p.firstName() : p.lastName();
				q = name.substring(0, Math.min(name.length(), 3 + random.nextInt(4)));
				label = "search_name_prefix";
			}
			else if (kind < 45) {
				q = p.firstName() + " " + p.lastName();
				label = "search_full_name";
			}
			else if (kind < 70) {
				String local = p.email().substring(0, p.email().indexOf('@'));
				q = random.nextBoolean() ? p.email() : local.substring(0, Math.min(local.length(), 4 + random.nextInt(5)));
				label = "search_email";
			}
			else {
				q = p.phoneTyped();
				label = "search_phone";
			}
			send(get("/api/v1/contacts?q=" + encode(q)), 200);
			return label;
		};
	}

	/**
	 * GET /api/v1/contacts/duplicates for a person being typed in under an account: a new person
	 * mostly, sometimes with the email or phone of someone on record.
	 */
	LoadRun.Operation duplicates() {
		return random -> {
			String first = People.firstName(random);
			String last = People.lastName(random);
			int account = account(random);
			Dataset.Person known = person(random);
			String email = random.nextInt(4) == 0 ? known.email()
					: People.mailbox(first) + "." + People.mailbox(last) + ".n" + random.nextInt(1_000_000) + "@"
							+ data.accountDomains[account];
			String phone = random.nextInt(10) < 3 ? known.phoneTyped() : People.phone(random)[0];
			send(get("/api/v1/contacts/duplicates?accountId=" + data.accountIds[account] + "&firstName="
					+ encode(first) + "&lastName=" + encode(last) + "&email=" + encode(email) + "&phone="
					+ encode(phone)), 200);
			return "duplicates";
		};
	}

	/** POST /api/v1/accounts/{id}/contacts: a new person with email and phone, confirmed not a duplicate. */
	LoadRun.Operation create() {
		return random -> {
			String first = People.firstName(random);
			String last = People.lastName(random);
			int account = account(random);
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("firstName", first);
			body.put("lastName", last);
			body.put("jobTitle", People.any(random, People.JOB_TITLES));
			body.put("email", People.mailbox(first) + "." + People.mailbox(last) + ".b" + run + "-"
					+ created.incrementAndGet() + "@" + data.accountDomains[account]);
			body.put("phones", List.of(Map.of("type", "WORK", "number", People.phone(random)[0])));
			body.put("confirmNotDuplicate", true);
			send(ClassicRequestBuilder.post(app.uri("/api/v1/accounts/" + data.accountIds[account] + "/contacts"))
					.addHeader("Authorization", bearer).addHeader("Accept", "application/json")
					.setEntity(new StringEntity(JSON.writeValueAsString(body), ContentType.APPLICATION_JSON)).build(),
					201);
			return "create";
		};
	}

	/** GET /api/v1/accounts/{id}/contacts, the first page. */
	LoadRun.Operation list() {
		return random -> {
			send(get("/api/v1/accounts/" + data.accountIds[account(random)] + "/contacts"), 200);
			return "list";
		};
	}

	/**
	 * Issue 23's filters on all contacts, the first page: common ones (an early stop in name order)
	 * and rare ones (an index of their own), singly and combined; contacts were created from 2021
	 * to mid-2026, a tag is on 2.5 % of them, nobody signed into the portal or unsubscribed.
	 */
	private static final String[] FILTERS = { "stage=LEAD", "stage=CLIENT", "tag=vip", "tag=beta&tag=partner",
			"tag=vip&tag=referral&tagMode=ALL", "archived=true", "hasEmail=false", "hasPhone=false", "doNotEmail=true",
			"doNotCall=true", "marketingOptIn=true", "stage=PROSPECT&doNotCall=true",
			"createdFrom=2024-03-01&createdTo=2024-03-07",
			"updatedFrom=2026-05-01", "portalStatus=ACTIVE", "lastSignInFrom=2026-01-01", "unsubscribed=true",
			"hasEmail=true&doNotEmail=false&marketingOptIn=true&unsubscribed=false" };

	/** GET /api/v1/contacts with one of {@link #FILTERS}, the first page. */
	LoadRun.Operation filter() {
		return random -> {
			send(get("/api/v1/contacts?" + FILTERS[random.nextInt(FILTERS.length)]), 200);
			return "filter";
		};
	}

	/**
	 * Defines the custom fields the data set holds values of ({@link Dataset#TIERS}, a renewal
	 * date), as an ADMIN would; a kept data set has them already ({@code 409}). The app then
	 * builds the renewal date's index concurrently ({@link BenchDatabase#awaitIndexOf}).
	 */
	void defineCustomFields() throws Exception {
		List<Map<String, String>> options = new java.util.ArrayList<>();
		for (String tier : Dataset.TIERS) {
			options.add(Map.of("key", tier, "label", tier.substring(0, 1).toUpperCase() + tier.substring(1)));
		}
		define(Map.of("entity", "CONTACT", "key", "tier", "label", "Tier", "type", "SELECT", "options", options));
		define(Map.of("entity", "CONTACT", "key", "renewal", "label", "Renewal date", "type", "DATE"));
	}

	private void define(Map<String, Object> field) throws Exception {
		ClassicHttpRequest request = ClassicRequestBuilder.post(app.uri("/api/v1/custom-fields"))
				.addHeader("Authorization", bearer).addHeader("Accept", "application/json")
				.setEntity(new StringEntity(JSON.writeValueAsString(field), ContentType.APPLICATION_JSON)).build();
		http.execute(request, response -> {
			if (response.getCode() != 201 && response.getCode() != 409) {
				throw new IllegalStateException("defining " + field.get("key") + " answered " + response.getCode());
			}
			return null;
		});
	}

	/**
	 * Issue 22's custom-field filters on all contacts, the first page: a select's option (GIN
	 * containment, a quarter of the contacts each) and a month of a date field (its expression index,
	 * about 3 % of them), singly and combined.
	 */
	LoadRun.Operation customFilter() {
		return random -> {
			String tier = "cf.tier=" + Dataset.TIERS[random.nextInt(Dataset.TIERS.length)];
			java.time.LocalDate from = java.time.LocalDate.of(2026, 1, 1).plusDays(random.nextInt(700));
			String month = "cf.renewal.from=" + from + "&cf.renewal.to=" + from.plusDays(30);
			String query = switch (random.nextInt(3)) {
				case 0 -> tier;
				case 1 -> month;
				default -> tier + "&" + month;
			};
			send(get("/api/v1/contacts?" + query), 200);
			return "customFilter";
		};
	}

	/** GET / as a signed-in ADMIN: the console's dashboard page, with every figure and chart it counts. */
	LoadRun.Operation dashboard() {
		return random -> {
			send(page("/"), 200);
			return "dashboard";
		};
	}

	/** All of the above in turn, to warm the app up. */
	LoadRun.Operation mixed() {
		List<LoadRun.Operation> all = List.of(get(), search(), duplicates(), list(), get(), create());
		return random -> all.get(random.nextInt(all.size())).call(random);
	}

	/** Checks that the requests find what they should before anything is measured. */
	void verify() throws Exception {
		Dataset.Person p = data.sample.getFirst();
		String id = p.id().toString();
		expect(send(get("/api/v1/contacts/" + id), 200), id, "GET by id");
		expect(send(get("/api/v1/contacts?q=" + encode(p.email())), 200), id, "search by email");
		expect(send(get("/api/v1/contacts?q=" + encode(p.phoneTyped())), 200), id, "search by phone");
		expect(send(get("/api/v1/contacts/duplicates?accountId=" + data.accountIds[p.account()] + "&email="
				+ encode(p.email())), 200), id, "duplicate check by email");
		expect(send(get("/api/v1/accounts/" + data.accountIds[p.account()] + "/contacts"), 200), "\"items\":[{",
				"account contact list");
		expect(send(page("/"), 200), "data-block=\"outreach\"", "the dashboard");
	}

	private static void expect(String body, String text, String what) {
		if (!body.contains(text)) {
			throw new IllegalStateException(what + " does not answer what it should: " + abbreviate(body));
		}
	}

	private Dataset.Person person(SplittableRandom random) {
		return data.sample.get(random.nextInt(data.sample.size()));
	}

	private int account(SplittableRandom random) {
		return peopledAccounts[random.nextInt(peopledAccounts.length)];
	}

	private ClassicHttpRequest get(String path) {
		return ClassicRequestBuilder.get(app.uri(path)).addHeader("Authorization", bearer)
				.addHeader("Accept", "application/json").build();
	}

	private ClassicHttpRequest page(String path) {
		return ClassicRequestBuilder.get(app.uri(path)).addHeader("Cookie", consoleCookie).addHeader("Accept", "text/html")
				.build();
	}

	private String send(ClassicHttpRequest request, int status) throws Exception {
		LoadRun.requesting(request.getMethod() + " " + request.getPath());
		return http.execute(request, response -> {
			String body = response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity());
			if (response.getCode() != status) {
				throw new IllegalStateException(request.getMethod() + " " + request.getPath() + " answered "
						+ response.getCode() + ": " + abbreviate(body));
			}
			return body;
		});
	}

	@Override
	public void close() throws java.io.IOException {
		http.close();
	}

	private static String abbreviate(String body) {
		return body.length() > 300 ? body.substring(0, 300) + "..." : body;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
