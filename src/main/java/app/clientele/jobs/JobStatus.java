package app.clientele.jobs;

/** Where a job stands. UNDONE: its handler put back what it did. */
public enum JobStatus {
	QUEUED, RUNNING, DONE, FAILED, UNDONE;

	public boolean finished() {
		return this == DONE || this == FAILED || this == UNDONE;
	}
}
