package app.clientele.staff;

import app.clientele.platform.DashboardFigure;
import org.springframework.stereotype.Component;

@Component
class StaffFigure implements DashboardFigure {

	private final StaffManagement staff;

	StaffFigure(StaffManagement staff) {
		this.staff = staff;
	}

	@Override
	public String label() {
		return "Staff users";
	}

	@Override
	public long value() {
		return staff.countEnabled();
	}

	@Override
	public String link() {
		return "/staff";
	}

	@Override
	public int order() {
		return 900;
	}
}
