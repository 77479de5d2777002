package app.clientele.contacts.web;

import app.clientele.contacts.Phone;
import app.clientele.staff.SettingsManagement;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import org.springframework.stereotype.Component;

/**
 * A phone as the console shows it: formatted for its country, in the national format when the
 * number is of the default phone region ("(201) 555-0123") and internationally otherwise
 * ("+44 7911 123456"). Stored numbers stay E.164; templates call it as {@code @phones.format(p)}.
 */
@Component("phones")
class PhoneDisplay {

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	private final SettingsManagement settings;

	PhoneDisplay(SettingsManagement settings) {
		this.settings = settings;
	}

	public String format(Phone phone) {
		try {
			Phonenumber.PhoneNumber parsed = PHONES.parse(phone.e164(), null);
			boolean home = settings.get().defaultPhoneRegion().equals(PHONES.getRegionCodeForNumber(parsed));
			return PHONES.format(parsed, home ? PhoneNumberUtil.PhoneNumberFormat.NATIONAL
					: PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
		}
		catch (NumberParseException e) {
			return phone.number();
		}
	}
}
