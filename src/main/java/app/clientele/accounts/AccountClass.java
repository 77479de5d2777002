package app.clientele.accounts;

import java.time.Instant;
import java.util.UUID;

import app.clientele.platform.Versioned;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A kind of account, carrying the portal rules of the accounts in it. */
@Table("account_class")
public class AccountClass implements Versioned {

	@Id
	private UUID id;
	private String name;
	private boolean portalEnabled;
	private boolean autoSendPortalInvite;
	private boolean allowInvoiceVerifiedSelfRegistration;
	@Version
	private Long version;
	private Instant createdAt;
	private Instant updatedAt;

	AccountClass(UUID id, String name, boolean portalEnabled, boolean autoSendPortalInvite,
			boolean allowInvoiceVerifiedSelfRegistration, Long version, Instant createdAt, Instant updatedAt) {
		this.id = id;
		this.name = name;
		this.portalEnabled = portalEnabled;
		this.autoSendPortalInvite = autoSendPortalInvite;
		this.allowInvoiceVerifiedSelfRegistration = allowInvoiceVerifiedSelfRegistration;
		this.version = version;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	void change(AccountClassDetails details) {
		this.name = details.name().strip();
		this.portalEnabled = details.portalEnabled();
		this.autoSendPortalInvite = details.autoSendPortalInvite();
		this.allowInvoiceVerifiedSelfRegistration = details.allowInvoiceVerifiedSelfRegistration();
		this.updatedAt = Instant.now();
	}

	public UUID id() {
		return id;
	}

	public String name() {
		return name;
	}

	public boolean portalEnabled() {
		return portalEnabled;
	}

	public boolean autoSendPortalInvite() {
		return autoSendPortalInvite;
	}

	public boolean allowInvoiceVerifiedSelfRegistration() {
		return allowInvoiceVerifiedSelfRegistration;
	}

	@Override
	public long version() {
		return version == null ? 0 : version;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}
}
