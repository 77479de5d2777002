package app.clientele.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/** What Linux's /proc says about a process: resident memory and CPU time used so far. */
final class Proc {

	/** Clock ticks per second of /proc/<pid>/stat; 100 on every Linux this runs on. */
	private static final double TICKS = 100.0;

	private Proc() {
	}

	/** Resident set size in MiB, or 0 when the process is gone. */
	static long rssMb(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
				}
			}
		}
		catch (IOException | RuntimeException e) {
			// gone
		}
		return 0;
	}

	/** User and system CPU seconds of the process, 0 when it is gone. */
	static double cpuSeconds(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
		}
		catch (IOException | RuntimeException e) {
			return 0;
		}
	}

	static double cpuSeconds(Collection<Long> pids) {
		return pids.stream().mapToDouble(Proc::cpuSeconds).sum();
	}
}
