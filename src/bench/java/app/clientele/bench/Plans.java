package app.clientele.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import app.clientele.contacts.ContactPlans;

/**
 * Random inputs for the query plans: name prefixes and fragments, emails and their starts,
 * phones as typed and their prefixes, duplicate checks of new people and of people on record,
 * account lists (the largest account first) and reads by id.
 */
final class Plans {

	private Plans() {
	}

	/** Query plans of the app's contact queries with random inputs, into {@code directory}. */
	static void write(BenchDatabase db, Dataset data, Path directory, long seed) throws Exception {
		SplittableRandom random = new SplittableRandom(seed ^ 0x5eed);
		Map<String, List<String>> terms = new LinkedHashMap<>();
		List<String> names = new ArrayList<>();
		List<String> fragments = new ArrayList<>();
		List<String> emails = new ArrayList<>();
		List<String> phones = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			Dataset.Person p = data.sample.get(random.nextInt(data.sample.size()));
			String name = i % 2 == 0 ? p.lastName() : p.firstName();
			names.add(name.substring(0, Math.min(name.length(), 2 + random.nextInt(4))));
			int from = Math.min(1 + random.nextInt(2), Math.max(0, name.length() - 3));
			fragments.add(i % 4 == 3 ? p.firstName() + " " + p.lastName()
					: name.substring(from, Math.min(name.length(), from + 3 + random.nextInt(2))).toLowerCase(Locale.ROOT));
			String local = p.email().substring(0, p.email().indexOf('@'));
			emails.add(i % 3 == 0 ? p.email() : local.substring(0, Math.min(local.length(), 2 + random.nextInt(6))));
			phones.add(i % 4 == 3 ? p.phoneTyped().substring(0, Math.min(p.phoneTyped().length(), 5)) : p.phoneTyped());
		}
		phones.add("+1 21");
		phones.add("+44 74");
		terms.put("name-prefix", names);
		terms.put("name-fragment", fragments);
		terms.put("email", emails);
		terms.put("phone", phones);
		List<ContactPlans.Probe> probes = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			Dataset.Person known = data.sample.get(random.nextInt(data.sample.size()));
			boolean hit = i % 3 == 0;
			String first = hit ? known.firstName() : People.firstName(random);
			String last = hit ? known.lastName() : People.lastName(random);
			UUID account = data.accountIds[hit ? known.account() : random.nextInt(data.accounts)];
			String email = hit || i % 3 == 1 ? known.email() : People.mailbox(first) + ".x" + i + "@example.org";
			String e164 = i % 2 == 0 ? known.e164() : People.phone(random)[1];
			probes.add(new ContactPlans.Probe(account, first, last, email, e164));
		}
		List<UUID> accounts = new ArrayList<>();
		int largest = 0;
		for (int a = 0; a < data.accounts; a++) {
			largest = data.accountSizes[a] > data.accountSizes[largest] ? a : largest;
		}
		accounts.add(data.accountIds[largest]);
		for (int i = 0; i < 9; i++) {
			accounts.add(data.accountIds[random.nextInt(data.accounts)]);
		}
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			ids.add(data.contactId(random.nextInt(data.contacts)));
		}
		try (Connection c = db.connect()) {
			for (String line : ContactPlans.write(c, directory, new ContactPlans.Inputs(terms, probes, accounts, ids))) {
				Report.line("plans: %s", line);
			}
		}
		Report.line("plans: written to %s", directory);
	}

}
