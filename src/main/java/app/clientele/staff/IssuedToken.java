package app.clientele.staff;

import java.time.Instant;

/** A new API bearer token: shown once, only its hash is kept. */
public record IssuedToken(String token, Instant expiresAt) {
}
