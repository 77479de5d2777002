package app.clientele.contacts;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import app.clientele.accounts.AccountManagement;
import app.clientele.platform.Actor;
import app.clientele.fields.CustomFieldRules;
import ezvcard.io.text.VCardWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Contacts out of Clientele: a CSV of any list or search (columns of {@link ContactColumns}), a
 * .vcf of many vCards, or one contact's vCard. Files are written as the contacts are read, a page
 * at a time ({@link ExportPages}); each export is published as {@link ContactsExported} once
 * written whole, for the audit trail. A client that goes away mid-file publishes nothing: it got
 * no file.
 */
@Service
public class ContactExport {

	/** Excel reads a CSV as UTF-8 only when it starts with this byte order mark. */
	static final String BOM = "\uFEFF";


	private final ExportPages pages;
	private final ContactManagement contacts;
	private final AccountManagement accounts;
	private final ApplicationEventPublisher events;
	private final ContactFilterSql filters;

	ContactExport(ExportPages pages, ContactManagement contacts, AccountManagement accounts,
			ApplicationEventPublisher events, ContactFilterSql filters) {
		this.filters = filters;
		this.pages = pages;
		this.contacts = contacts;
		this.accounts = accounts;
		this.events = events;
	}

	/**
	 * Checks the filter before anything is written, so that a bad one is still a problem answer:
	 * the account must exist (404 otherwise).
	 */
	public void check(ContactFilter filter) {
		if (filter.accountId() != null) {
			accounts.get(filter.accountId());
		}
		filters.custom(filter);
	}

	/** Writes the CSV (UTF-8 with a byte order mark) of the contacts {@code filter} takes; answers how many. */
	public long csv(ContactFilter filter, OutputStream out) throws IOException {
		Writer writer = writer(out);
		writer.write(BOM);
		CustomFieldRules custom = contacts.customFieldRules();
		// RFC 4180: CRLF between records, quotes only where a cell needs them
		CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(ContactColumns.names(custom).toArray(String[]::new))
				.get().print(writer);
		long rows = pages.forEach(filter, contact -> {
			for (String cell : ContactColumns.cells(contact, custom)) {
				printer.print(ContactColumns.neutralise(cell));
			}
			printer.println();
		});
		printer.flush();
		events.publishEvent(new ContactsExported(Actor.current(), ExportFormat.CSV, filter.describe(), rows));
		return rows;
	}

	/** Writes one .vcf of the contacts {@code filter} takes, a vCard 4.0 each; answers how many. */
	public long vcards(ContactFilter filter, OutputStream out) throws IOException {
		VCardWriter cards = cardWriter(out);
		CustomFieldRules custom = contacts.customFieldRules();
		long rows = pages.forEach(filter, contact -> cards.write(ContactCards.card(contact, custom)));
		cards.flush();
		events.publishEvent(new ContactsExported(Actor.current(), ExportFormat.VCARD, filter.describe(), rows));
		return rows;
	}

	/** The vCard 4.0 of one contact (404 when there is none). */
	public String vcard(UUID contactId) throws IOException {
		ExportedContact contact = pages.one(contacts.get(contactId));
		StringWriter text = new StringWriter();
		VCardWriter cards = folded(new VCardWriter(text, ContactCards.VERSION));
		cards.write(ContactCards.card(contact, contacts.customFieldRules()));
		cards.flush();
		events.publishEvent(new ContactsExported(Actor.current(), ExportFormat.VCARD, "contactId=" + contactId, 1));
		return text.toString();
	}

	private static VCardWriter cardWriter(OutputStream out) {
		return folded(new VCardWriter(writer(out), ContactCards.VERSION));
	}

	/**
	 * RFC 6350 keeps every line within 75 octets, the space that starts a continuation line
	 * included; the writer counts that space apart, so it folds one character earlier.
	 */
	private static VCardWriter folded(VCardWriter cards) {
		cards.setAddProdId(false);
		cards.getVObjectWriter().getFoldedLineWriter().setLineLength(74);
		return cards;
	}

	private static Writer writer(OutputStream out) {
		return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
	}
}
