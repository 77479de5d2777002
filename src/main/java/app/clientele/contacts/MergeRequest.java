package app.clientele.contacts;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What staff ask of a merge: the other contact, per field whose value is kept (unnamed fields
 * keep the survivor's), whether a merge across accounts is meant, which portal login survives
 * when both are live, and whether the survivor may take the other's wider portal permissions.
 */
public record MergeRequest(UUID otherId, Map<String, MergeChoice> keep, boolean acrossAccounts,
		@Nullable MergeChoice portalLogin, boolean widenPermissions) {

	public MergeRequest {
		keep = Map.copyOf(keep);
	}

	public MergeChoice choice(String field) {
		return keep.getOrDefault(field, MergeChoice.THIS);
	}
}
