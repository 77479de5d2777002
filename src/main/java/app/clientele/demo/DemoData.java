package app.clientele.demo;

import app.clientele.accounts.AccountClassManagement;
import app.clientele.accounts.AccountManagement;
import app.clientele.contacts.ContactManagement;
import app.clientele.platform.ClienteleProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * With {@code CLIENTELE_DEMO=true} ({@code clientele.demo}), fills an empty database with
 * {@link DemoCompany}. A database that holds any account, account class or contact is left
 * exactly as it is, so the switch can never mix made-up records into real ones.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("clientele.demo")
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final AccountManagement accounts;
	private final AccountClassManagement classes;
	private final ContactManagement contacts;
	private final DemoCompany company;
	private final JdbcClient jdbc;
	private final ClienteleProperties properties;

	DemoData(AccountManagement accounts, AccountClassManagement classes, ContactManagement contacts,
			DemoCompany company, JdbcClient jdbc, ClienteleProperties properties) {
		this.properties = properties;
		this.accounts = accounts;
		this.classes = classes;
		this.contacts = contacts;
		this.company = company;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		// One node at a time decides, so two nodes starting together fill the database once.
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('clientele.demo'))").query().singleValue();
		if (accounts.count() > 0 || !classes.list().isEmpty() || contacts.countActive() > 0) {
			log.warn("CLIENTELE_DEMO is on, but the database already holds data: no demo data added");
			return;
		}
		DemoCompany.PortalLogin login = company.build();
		log.warn("""

				==================================================================
				 Demo data added: accounts, contacts, documents, a campaign.
				 Portal sign-in at {}
				   email:    {}
				   password: {}
				 This password is shown only now.
				==================================================================
				""", properties.link("/portal/login"), login.email(), login.password());
	}
}
