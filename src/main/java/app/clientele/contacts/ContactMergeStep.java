package app.clientele.contacts;

/**
 * SPI: a module's part of merging two contacts. Each module that keeps something per contact
 * (timeline, emails, document recipients, list memberships, portal logins) moves it from the
 * merged-away contact to the survivor in {@link #merge}, inside the merging transaction and
 * before the merged-away contact leaves the contact table, and writes down under the merge's id
 * what it moved ({@link MergeLedger}), so that {@link #undo} moves exactly those rows back.
 * <p>
 * Why not an event: like {@link ContactOnboardingStep}, the merge is a command whose parts must
 * all happen or none, and the preview runs the same steps in a transaction that rolls back, so
 * a preview answers exactly what the merge would do. Steps run in {@code @Order}; the timeline
 * goes last, so entries the other steps write on the merged-away contact move with it.
 */
public interface ContactMergeStep {

	/** Moves this module's rows of {@code merge.other()} to {@code merge.survivor()}, counting them. */
	void merge(ContactMerge merge, MergeMoves moves);

	/** Moves back what {@link #merge} recorded under {@code merge.id()}; what came later stays. */
	void undo(ContactMerge merge);
}
