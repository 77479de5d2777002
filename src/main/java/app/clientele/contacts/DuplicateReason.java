package app.clientele.contacts;

/**
 * Why two contacts may be the same person, as the duplicate check at creation names it
 * ({@link DuplicateCandidate#reasons}) and the review queue filters by it.
 */
public enum DuplicateReason {
	SAME_EMAIL, SAME_PHONE, SIMILAR_NAME
}
