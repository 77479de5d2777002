package app.clientele.imports;

/** Where an import stands (API.md): its job's status, or UNDONE once its undo finished. */
public enum ImportStatus {
	QUEUED, RUNNING, DONE, FAILED, UNDONE
}
