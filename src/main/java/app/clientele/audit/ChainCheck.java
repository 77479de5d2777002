package app.clientele.audit;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of walking the chain: how many entries there are, and the {@code seq} of the first
 * one that does not hold (its hash, its link to the one before, or its place: one missing
 * before it), {@code null} when the chain is intact.
 */
public record ChainCheck(long entries, boolean intact, @Nullable Long firstBroken) {
}
