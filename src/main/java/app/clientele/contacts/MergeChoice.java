package app.clientele.contacts;

/** Which side's value a merge keeps: this contact's (the survivor's) or the other's. */
public enum MergeChoice {
	THIS, OTHER
}
