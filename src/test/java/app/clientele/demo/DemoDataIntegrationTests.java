package app.clientele.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.clientele.ClienteleApplication;
import app.clientele.TestUsers;
import app.clientele.accounts.AccountClassManagement;
import app.clientele.accounts.AccountManagement;
import app.clientele.accounts.AccountSummary;
import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactManagement;
import app.clientele.documents.Document;
import app.clientele.documents.DocumentManagement;
import app.clientele.documents.DocumentType;
import app.clientele.marketing.Campaigns;
import app.clientele.marketing.MarketingLists;
import app.clientele.platform.PageRequest;
import app.clientele.portal.LoginRequests;
import app.clientele.portal.PortalManagement;
import app.clientele.portal.PortalSignIn;
import app.clientele.portal.PortalStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The README's demo start, {@code CLIENTELE_DEMO=true}: an empty database gets a small company,
 * and a database holding data gets nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoDataIntegrationTests {

	static final Pattern LOGIN = Pattern.compile("email: +(\\S+)\\s+password: +(\\S+)");

	@Test
	void fillsAnEmptyDatabaseWithASmallCompany(CapturedOutput output) {
		try (ConfigurableApplicationContext app = start("--clientele.demo=true")) {
			assertThat(app.getBean(AccountManagement.class).count()).isEqualTo(3);
			assertThat(app.getBean(AccountClassManagement.class).list()).hasSize(2);
			List<AccountSummary> accounts = app.getBean(AccountManagement.class).search(null, PageRequest.first(10)).items();
			assertThat(accounts).allSatisfy(a -> assertThat(app.getBean(AccountManagement.class).allSites(a.id())).isNotEmpty());

			List<Contact> contacts = app.getBean(ContactManagement.class).search(null, false, PageRequest.first(50)).items();
			PortalManagement portal = app.getBean(PortalManagement.class);
			assertThat(contacts.stream().map(c -> portal.get(c.id()).status()).toList()).contains(PortalStatus.NOT_INVITED, PortalStatus.INVITED,
					PortalStatus.ACTIVE, PortalStatus.REVOKED);

			DocumentManagement documents = app.getBean(DocumentManagement.class);
			List<DocumentType> types = accounts.stream()
					.flatMap(a -> documents.ofAccount(a.id(), PageRequest.first(50)).items().stream())
					.map(Document::type).toList();
			assertThat(types).containsAll(Arrays.asList(DocumentType.values()));

			assertThat(app.getBean(MarketingLists.class).all(PageRequest.first(10)).items()).hasSize(1);
			assertThat(app.getBean(Campaigns.class).all(PageRequest.first(10)).items()).hasSize(1);
			assertThat(app.getBean(LoginRequests.class).list(null, PageRequest.first(10)).items()).hasSize(1);

			Matcher login = LOGIN.matcher(output.getAll().substring(output.getAll().indexOf("Demo data added")));
			assertThat(login.find()).as("the portal user's credentials in the log").isTrue();
			assertThat(app.getBean(PortalSignIn.class).signIn(login.group(1), login.group(2), "127.0.0.1").contactId())
					.isNotNull();
		}
	}

	@Test
	void leavesADatabaseThatHoldsDataAsItIs(CapturedOutput output) {
		String url;
		try (ConfigurableApplicationContext first = start()) {
			first.getBean(AccountManagement.class).create(new app.clientele.accounts.AccountDetails("Real customer",
					null, null, app.clientele.accounts.AccountStatus.ACTIVE));
			url = first.getEnvironment().getRequiredProperty("spring.datasource.url");
		}
		try (ConfigurableApplicationContext again = start("--clientele.demo=true", "--spring.datasource.url=" + url,
				"--spring.datasource.username=postgres")) {
			assertThat(again.getBean(AccountManagement.class).count()).isEqualTo(1);
			assertThat(again.getBean(ContactManagement.class).countActive()).isZero();
			assertThat(output.getAll()).contains("already holds data: no demo data added").doesNotContain("Demo data added");
		}
	}

	private static ConfigurableApplicationContext start(String... more) {
		List<String> args = new java.util.ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
				"--clientele.test.no-smtp=true", "--clientele.admin-email=" + TestUsers.ADMIN_EMAIL,
				"--clientele.admin-password=" + TestUsers.ADMIN_PASSWORD, "--clientele.public-url=https://clientele.test"));
		args.addAll(List.of(more));
		return new SpringApplication(ClienteleApplication.class).run(args.toArray(String[]::new));
	}
}
