package app.clientele.contacts;

public enum PhoneType {
	WORK, MOBILE, HOME, OTHER
}
