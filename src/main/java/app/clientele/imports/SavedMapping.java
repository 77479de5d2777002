package app.clientele.imports;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A column mapping staff saved under a name, to apply to the next file from the same system. */
public record SavedMapping(UUID id, String name, Map<String, String> mapping, Instant createdAt) {
}
