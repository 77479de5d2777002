package app.clientele.platform;

/**
 * A resource representation that carries its optimistic-locking version. Single resources of
 * this kind answer with an {@code ETag} derived from it.
 */
public interface Versioned {

	long version();
}
