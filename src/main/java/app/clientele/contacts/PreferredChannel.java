package app.clientele.contacts;

public enum PreferredChannel {
	ANY, WORK_PHONE, MOBILE_PHONE, EMAIL, TELEGRAM, WHATSAPP, VIBER
}
