package app.clientele.bench;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The generated customer base: {@code contacts} people over {@code contacts / 10} accounts, all
 * from one seed, so every run loads the same data. Account sizes are skewed like a real CRM:
 * a few accounts without people, most with a handful, a few with hundreds. Every account with
 * active contacts has exactly one active primary (the first active one); emails are unique per
 * account whatever their case; stages that need an email have one.
 */
final class Dataset {

	/** The data time line ends here, so that ids and timestamps do not depend on the day of the run. */
	private static final long END = Instant.parse("2026-06-01T00:00:00Z").toEpochMilli();
	private static final long FIVE_YEARS = 5L * 365 * 24 * 3600 * 1000;
	private static final int SAMPLE = 50_000;

	final int contacts;
	final int accounts;
	final long seed;

	final UUID[] accountIds;
	final int[] accountSizes;
	final String[] accountDomains;
	/** Every contact's id, for reads by id. */
	final long[] contactMsb;
	final long[] contactLsb;
	/** Some contacts as they were generated, to search for and to collide with. */
	final List<Person> sample = new ArrayList<>();
	long phones;
	long sites;
	long siteLinks;

	record Person(UUID id, int account, String firstName, String lastName, String email, String phoneTyped,
			String e164) {
	}

	Dataset(int contacts, long seed) {
		this.contacts = contacts;
		this.accounts = Math.max(1, contacts / 10);
		this.seed = seed;
		this.accountIds = new UUID[accounts];
		this.accountSizes = sizes(new SplittableRandom(seed), accounts, contacts);
		this.accountDomains = new String[accounts];
		this.contactMsb = new long[contacts];
		this.contactLsb = new long[contacts];
	}

	UUID contactId(int i) {
		return new UUID(contactMsb[i], contactLsb[i]);
	}

	/** Opens the COPY of one table. */
	interface Tables {
		CopyStream copy(String table, String columns) throws SQLException;
	}

	/** Generates every row into the tables, in one pass. */
	void load(Tables tables) throws SQLException {
		SplittableRandom random = new SplittableRandom(seed + 1);
		// its own sequence, so the rest of the data set stays as it was before contacts had custom fields
		SplittableRandom customRandom = new SplittableRandom(seed + 2);
		List<List<UUID>> siteIds = new ArrayList<>(accounts);
		try (CopyStream account = tables.copy("account",
				"id, name, number, status, created_at, updated_at");
				CopyStream site = tables.copy("site",
						"id, account_id, name, address, created_at, updated_at")) {
			for (int a = 0; a < accounts; a++) {
				long created = END - FIVE_YEARS - random.nextLong(FIVE_YEARS);
				accountIds[a] = uuid7(created, random);
				String first = People.any(random, People.COMPANY_FIRST);
				String trade = People.any(random, People.COMPANY_TRADE);
				String name = random.nextInt(10) == 0 ? People.lastName(random) + " & Sons"
						: (first + " " + trade + " " + People.any(random, People.COMPANY_SUFFIX)).strip();
				accountDomains[a] = People.mailbox(first) + People.mailbox(trade) + ".com";
				Instant at = Instant.ofEpochMilli(created);
				account.value(accountIds[a]).value(name).value("C%07d".formatted(a + 1))
						.value(random.nextInt(20) == 0 ? "INACTIVE" : "ACTIVE").value(at).value(at).endRow();
				List<UUID> own = new ArrayList<>();
				if (random.nextInt(5) == 0) {
					for (int s = random.nextInt(3); s >= 0; s--) {
						UUID id = uuid7(created, random);
						own.add(id);
						String city = People.any(random, People.CITIES);
						site.value(id).value(accountIds[a]).value(People.any(random, People.SITE_NAMES) + " " + city)
								.value(1 + random.nextInt(999) + " Main Street, " + city).value(at).value(at).endRow();
					}
				}
				siteIds.add(own);
			}
			this.sites = site.rows();
		}
		int every = Math.max(1, contacts / SAMPLE);
		try (CopyStream contact = tables.copy("contact", """
				id, account_id, first_name, middle_name, last_name, job_title, business_roles, stage, email, birthday,
				notes, preferred_channel, do_not_email, do_not_call, mobile_opt_out, marketing_opt_in, is_primary,
				billing_contact, tags, archived_at, account_since, version, created_at, updated_at, custom_fields""");
				CopyStream phone = tables.copy("contact_phone",
						"contact_id, position, type, number, e164");
				CopyStream link = tables.copy("contact_site", "contact_id, site_id")) {
			int i = 0;
			Set<String> emails = new HashSet<>();
			for (int a = 0; a < accounts; a++) {
				emails.clear();
				boolean primaryTaken = false;
				for (int k = 0; k < accountSizes[a]; k++, i++) {
					long created = END - random.nextLong(FIVE_YEARS);
					UUID id = uuid7(created, random);
					contactMsb[i] = id.getMostSignificantBits();
					contactLsb[i] = id.getLeastSignificantBits();
					String first = People.firstName(random);
					String last = People.lastName(random);
					String email = random.nextInt(10) == 0 ? null : email(random, first, last, accountDomains[a], emails);
					boolean archived = random.nextInt(20) == 0;
					boolean primary = !archived && !primaryTaken;
					primaryTaken |= primary;
					Instant at = Instant.ofEpochMilli(created);
					String stage = email == null ? (random.nextBoolean() ? "LEAD" : null)
							: new String[] { null, "LEAD", "PROSPECT", "CLIENT", "CLIENT" }[random.nextInt(5)];
					contact.value(id).value(accountIds[a]).value(first)
							.value(random.nextInt(10) == 0 ? People.firstName(random) : null).value(last)
							.value(random.nextInt(10) < 7 ? People.any(random, People.JOB_TITLES) : null);
					if (random.nextBoolean()) {
						contact.array(People.any(random, People.BUSINESS_ROLES));
					}
					else {
						contact.array();
					}
					contact.value(stage).value(email)
							.value(random.nextInt(10) < 3 ? LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12),
									1 + random.nextInt(28)) : null)
							.value(random.nextInt(10) == 0 ? "Met at the " + People.any(random, People.CITIES)
									+ " trade fair; prefers calls in the morning." : null)
							.value(random.nextInt(10) == 0 ? "EMAIL" : "ANY").value(random.nextInt(25) == 0)
							.value(random.nextInt(30) == 0).value(false).value(random.nextInt(3) == 0).value(primary)
							.value(random.nextInt(10) == 0);
					if (random.nextInt(5) == 0) {
						contact.array(People.any(random, People.TAGS));
					}
					else {
						contact.array();
					}
					contact.value(archived ? Instant.ofEpochMilli(created + random.nextLong(END - created)) : null)
							.value(at).value(0).value(at).value(at).value(customFields(customRandom)).endRow();
					String[] firstPhone = null;
					int phones = random.nextInt(100) < 15 ? 0 : random.nextInt(100) < 70 ? 1 : 2;
					for (int p = 0; p < phones; p++) {
						String[] number = People.phone(random);
						firstPhone = firstPhone == null ? number : firstPhone;
						phone.value(id).value(p).value(p == 0 ? "WORK" : "MOBILE").value(number[0]).value(number[1])
								.endRow();
					}
					List<UUID> own = siteIds.get(a);
					if (!own.isEmpty() && random.nextInt(10) < 3) {
						link.value(id).value(own.get(random.nextInt(own.size()))).endRow();
					}
					if (i % every == 0 && sample.size() < SAMPLE && email != null && firstPhone != null && !archived) {
						sample.add(new Person(id, a, first, last, email, firstPhone[0], firstPhone[1]));
					}
				}
			}
			this.phones = phone.rows();
			this.siteLinks = link.rows();
		}
	}

	private static String email(SplittableRandom random, String first, String last, String domain, Set<String> taken) {
		String f = People.mailbox(first);
		String l = People.mailbox(last);
		String local = switch (random.nextInt(4)) {
			case 0 -> f + "." + l;
			case 1 -> f.charAt(0) + l;
			case 2 -> f + "_" + l;
			default -> f + l.charAt(0);
		};
		String host = random.nextInt(4) == 0 ? People.any(random, People.FREE_MAIL) : domain;
		if (!host.equals(domain)) {
			local += random.nextInt(100);
		}
		String email = local + "@" + host;
		for (int n = 2; !taken.add(email); n++) {
			email = local + n + "@" + host;
		}
		return email;
	}

	/** Sizes of the accounts, summing to exactly {@code total}. */
	private static int[] sizes(SplittableRandom random, int accounts, int total) {
		int[] sizes = new int[accounts];
		long sum = 0;
		for (int a = 0; a < accounts; a++) {
			int u = random.nextInt(1000);
			sizes[a] = u < 30 ? 0 : u < 900 ? 1 + (int) (-Math.log(1 - random.nextDouble()) * 6)
					: u < 990 ? 10 + random.nextInt(40) : 50 + random.nextInt(350);
			sum += sizes[a];
		}
		double scale = (double) total / sum;
		sum = 0;
		for (int a = 0; a < accounts; a++) {
			sizes[a] = (int) Math.round(sizes[a] * scale);
			sum += sizes[a];
		}
		while (sum != total) {
			int a = random.nextInt(accounts);
			if (sum < total && sizes[a] > 0) {
				sizes[a]++;
				sum++;
			}
			else if (sum > total && sizes[a] > 1) {
				sizes[a]--;
				sum--;
			}
		}
		return sizes;
	}

	/** A version 7 UUID at the given time, its random bits from the generator. */
	static UUID uuid7(long millis, SplittableRandom random) {
		long msb = (millis << 16) | 0x7000L | random.nextInt(0x1000);
		long lsb = 0x8000000000000000L | (random.nextLong() & 0x3FFFFFFFFFFFFFFFL);
		return new UUID(msb, lsb);
	}

	/** The custom fields the benchmark defines once the app runs (see {@link Scenarios#defineCustomFields}). */
	static final String[] TIERS = { "gold", "silver", "bronze", "platinum" };

	/**
	 * A contact's custom fields: a tier on nine in ten (of four, evenly), a renewal date on seven in
	 * ten (evenly over 2026 and 2027); stored as the app stores them.
	 */
	private static String customFields(SplittableRandom random) {
		StringBuilder json = new StringBuilder("{");
		if (random.nextInt(10) < 9) {
			json.append("\"tier\": \"").append(TIERS[random.nextInt(TIERS.length)]).append('"');
		}
		if (random.nextInt(10) < 7) {
			json.append(json.length() > 1 ? ", " : "").append("\"renewal\": \"")
					.append(LocalDate.of(2026, 1, 1).plusDays(random.nextInt(730))).append('"');
		}
		return json.append('}').toString();
	}
}
