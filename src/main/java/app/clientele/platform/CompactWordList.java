package app.clientele.platform;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;

import org.passay.dictionary.AbstractWordList;

/**
 * A sorted word list for Passay's dictionary rules, kept as one UTF-8 byte array with an offset
 * per word: a few hundred thousand passwords take a few MiB instead of the tens that as many
 * {@code String}s would. Lookups decode the ~18 words a binary search visits.
 */
final class CompactWordList extends AbstractWordList {

	private final byte[] bytes;
	private final int[] starts;

	/** The words, sorted by {@code comparator} with duplicates (as the comparator sees them) dropped. */
	CompactWordList(Collection<String> words, Comparator<String> comparator) {
		String[] sorted = words.toArray(String[]::new);
		Arrays.sort(sorted, comparator);
		byte[][] encoded = new byte[sorted.length][];
		int count = 0;
		int length = 0;
		for (int i = 0; i < sorted.length; i++) {
			if (i > 0 && comparator.compare(sorted[i - 1], sorted[i]) == 0) {
				continue;
			}
			encoded[count] = sorted[i].getBytes(StandardCharsets.UTF_8);
			length += encoded[count].length;
			count++;
		}
		this.bytes = new byte[length];
		this.starts = new int[count + 1];
		for (int i = 0; i < count; i++) {
			System.arraycopy(encoded[i], 0, bytes, starts[i], encoded[i].length);
			starts[i + 1] = starts[i] + encoded[i].length;
		}
		this.comparator = comparator;
	}

	@Override
	public String get(int index) {
		checkRange(index);
		return new String(bytes, starts[index], starts[index + 1] - starts[index], StandardCharsets.UTF_8);
	}

	@Override
	public int size() {
		return starts.length - 1;
	}

	/** What the list holds in memory, in bytes (without the object headers). */
	long footprint() {
		return bytes.length + 4L * starts.length;
	}
}
