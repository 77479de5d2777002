package app.clientele.platform;

/** What a postal address is for. */
public enum AddressType {
	WORK, HOME, BILLING, SHIPPING
}
