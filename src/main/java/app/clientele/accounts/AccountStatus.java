package app.clientele.accounts;

public enum AccountStatus {
	ACTIVE, INACTIVE
}
