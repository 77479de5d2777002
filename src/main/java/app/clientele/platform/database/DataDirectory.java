package app.clientele.platform.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The embedded database's home. One running Clientele owns it at a time, by an OS file lock
 * that dies with the process, so a crash never leaves it locked.
 */
final class DataDirectory implements AutoCloseable {

	static final String LOCK_FILE = "clientele.lock";

	private final Path path;
	private final FileChannel channel;
	private final FileLock lock;

	private DataDirectory(Path path, FileChannel channel, FileLock lock) {
		this.path = path;
		this.channel = channel;
		this.lock = lock;
	}

	/** Takes the directory or throws {@link DataDirectoryInUse}. */
	static DataDirectory take(Path path) {
		Path dir = path.toAbsolutePath().normalize();
		FileChannel channel = null;
		try {
			Files.createDirectories(dir);
			channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock = channel.tryLock();
			if (lock == null) {
				channel.close();
				throw new DataDirectoryInUse(dir);
			}
			return new DataDirectory(dir, channel, lock);
		}
		catch (OverlappingFileLockException e) {
			closeQuietly(channel);
			throw new DataDirectoryInUse(dir);
		}
		catch (IOException e) {
			closeQuietly(channel);
			throw new IllegalStateException("Cannot use data directory " + dir + ": " + e.getMessage(), e);
		}
	}

	Path path() {
		return path;
	}

	@Override
	public void close() {
		try {
			lock.release();
		}
		catch (IOException ignored) {
			// the channel close below releases it as well
		}
		closeQuietly(channel);
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			}
			catch (IOException ignored) {
				// nothing to do: the lock dies with the channel
			}
		}
	}
}
