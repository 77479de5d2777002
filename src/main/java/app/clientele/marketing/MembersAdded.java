package app.clientele.marketing;

import java.util.List;
import java.util.UUID;

/** What adding contacts to a list did: added, already on it, or not a contact. */
public record MembersAdded(List<UUID> added, List<UUID> alreadyMembers, List<UUID> notFound) {
}
