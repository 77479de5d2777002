package app.clientele.accounts;

import java.time.Instant;
import java.util.UUID;

import app.clientele.platform.PostalAddress;
import app.clientele.platform.PostalAddresses;
import app.clientele.platform.Versioned;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import tools.jackson.databind.json.JsonMapper;

/** A customer company: a name, an optional unique account number, a class, a status and a billing address. */
@Table("account")
public class Account implements Versioned {

	@Id
	private UUID id;
	private String name;
	private @Nullable String number;
	private @Nullable UUID accountClassId;
	private AccountStatus status;
	@Version
	private Long version;
	private Instant createdAt;
	private Instant updatedAt;
	/** The billing address as JSON (see V79), read and written through {@link #billingAddress()}. */
	private @Nullable String billingAddress;

	Account(UUID id, String name, @Nullable String number, @Nullable UUID accountClassId, AccountStatus status,
			Long version, Instant createdAt, Instant updatedAt) {
		this.id = id;
		this.name = name;
		this.number = number;
		this.accountClassId = accountClassId;
		this.status = status;
		this.version = version;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	void change(AccountDetails details) {
		this.name = details.name().strip();
		this.number = details.number() == null || details.number().isBlank() ? null : details.number().strip();
		this.accountClassId = details.accountClassId();
		this.status = details.status();
		this.billingAddress = details.billingAddress() == null ? null
				: JsonMapper.shared().writeValueAsString(PostalAddresses.normalised(details.billingAddress()));
		this.updatedAt = Instant.now();
	}

	public UUID id() {
		return id;
	}

	public String name() {
		return name;
	}

	public @Nullable String number() {
		return number;
	}

	public @Nullable UUID accountClassId() {
		return accountClassId;
	}

	public AccountStatus status() {
		return status;
	}

	public @Nullable PostalAddress billingAddress() {
		return billingAddress == null ? null : JsonMapper.shared().readValue(billingAddress, PostalAddress.class);
	}

	public boolean isActive() {
		return status == AccountStatus.ACTIVE;
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
