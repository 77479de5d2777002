package app.clientele.contacts;

/** Where the relationship stands. Prospects and clients need an email. */
public enum Stage {
	LEAD, PROSPECT, CLIENT;

	public boolean needsEmail() {
		return this != LEAD;
	}
}
