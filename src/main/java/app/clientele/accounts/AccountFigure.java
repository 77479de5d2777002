package app.clientele.accounts;

import app.clientele.platform.DashboardFigure;
import org.springframework.stereotype.Component;

@Component
class AccountFigure implements DashboardFigure {

	private final AccountManagement accounts;

	AccountFigure(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@Override
	public String label() {
		return "Accounts";
	}

	@Override
	public long value() {
		return accounts.count();
	}

	@Override
	public String link() {
		return "/accounts";
	}

	@Override
	public int order() {
		return 10;
	}
}
