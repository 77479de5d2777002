package app.clientele.accounts;

import java.time.Instant;
import java.util.UUID;

import app.clientele.platform.Versioned;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A service location of an account. */
@Table("site")
public class Site implements Versioned {

	@Id
	private UUID id;
	private UUID accountId;
	private String name;
	private @Nullable String address;
	@Version
	private Long version;
	private Instant createdAt;
	private Instant updatedAt;

	Site(UUID id, UUID accountId, String name, @Nullable String address, Long version, Instant createdAt,
			Instant updatedAt) {
		this.id = id;
		this.accountId = accountId;
		this.name = name;
		this.address = address;
		this.version = version;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	void change(SiteDetails details) {
		this.name = details.name().strip();
		this.address = details.address() == null || details.address().isBlank() ? null : details.address().strip();
		this.updatedAt = Instant.now();
	}

	public UUID id() {
		return id;
	}

	public UUID accountId() {
		return accountId;
	}

	public String name() {
		return name;
	}

	public @Nullable String address() {
		return address;
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
