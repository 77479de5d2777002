package app.clientele.contacts;

import app.clientele.platform.DashboardFigure;
import org.springframework.stereotype.Component;

@Component
class ContactFigure implements DashboardFigure {

	private final ContactManagement contacts;

	ContactFigure(ContactManagement contacts) {
		this.contacts = contacts;
	}

	@Override
	public String label() {
		return "Active contacts";
	}

	@Override
	public long value() {
		return contacts.countActive();
	}

	@Override
	public String link() {
		return "/contacts";
	}

	@Override
	public int order() {
		return 20;
	}
}
