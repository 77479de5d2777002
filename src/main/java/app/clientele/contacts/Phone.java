package app.clientele.contacts;

/** A phone number as typed, with its E.164 form (how numbers are matched). */
public record Phone(PhoneType type, String number, String e164) {
}
