package app.clientele.portal.web;

import java.util.UUID;

import app.clientele.platform.FormErrors;
import app.clientele.platform.PageRequest;
import app.clientele.platform.ProblemException;
import app.clientele.portal.LoginRequests;
import app.clientele.portal.SelfRegistration;
import app.clientele.staff.SettingsManagement;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages: the portal's register and request-login forms; the console's login requests and registrations. */
@Controller
class RegistrationPageController {

	private final SelfRegistration registration;
	private final LoginRequests loginRequests;
	private final SettingsManagement settings;

	RegistrationPageController(SelfRegistration registration, LoginRequests loginRequests,
			SettingsManagement settings) {
		this.registration = registration;
		this.loginRequests = loginRequests;
		this.settings = settings;
	}

	@GetMapping("/portal/register")
	String registerPage(Model model) {
		return portalPage(model, "portal/register");
	}

	@PostMapping("/portal/register")
	String register(@RequestParam(defaultValue = "") String invoiceNumber,
			@RequestParam(required = false) @Nullable String proof, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String email, HttpServletRequest request, Model model) {
		// One box takes the quick-pay code or the account number: either proves the invoice.
		registration.register(invoiceNumber, proof, proof, name, email, request.getRemoteAddr());
		model.addAttribute("sent", true);
		return portalPage(model, "portal/register");
	}

	@GetMapping("/portal/request-login")
	String requestLoginPage(Model model) {
		if (!loginRequests.enabled()) {
			throw new LoginRequests.RequestLoginOff();
		}
		return portalPage(model, "portal/request-login");
	}

	@PostMapping("/portal/request-login")
	String requestLogin(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String email,
			@RequestParam(required = false) @Nullable String company,
			@RequestParam(required = false) @Nullable String message, HttpServletRequest request, Model model) {
		try {
			loginRequests.submit(name, email, company, message, request.getRemoteAddr());
			model.addAttribute("sent", true);
		}
		catch (LoginRequests.RequestLoginOff e) {
			throw e;
		}
		catch (ProblemException e) {
			model.addAttribute("errors", FormErrors.of(e));
			model.addAttribute("name", name);
			model.addAttribute("email", email);
			model.addAttribute("company", company);
			model.addAttribute("message", message);
		}
		return portalPage(model, "portal/request-login");
	}

	@GetMapping("/login-requests")
	String loginRequests(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String after, Model model) {
		model.addAttribute("section", "login-requests");
		model.addAttribute("status", status);
		model.addAttribute("requests", loginRequests.list(status, PageRequest.of(25, after)));
		model.addAttribute("enabled", loginRequests.enabled());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.none());
		}
		return "portal/login-requests";
	}

	@PostMapping("/login-requests/{id}/approve")
	String approve(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID accountId,
			@RequestParam(required = false) @Nullable UUID contactId, Model model) {
		try {
			loginRequests.approve(id, accountId, contactId);
			return "redirect:/login-requests";
		}
		catch (ProblemException e) {
			model.addAttribute("errors", FormErrors.of(e));
			return loginRequests(null, null, model);
		}
	}

	@PostMapping("/login-requests/{id}/reject")
	String reject(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason, Model model) {
		try {
			loginRequests.reject(id, reason);
			return "redirect:/login-requests";
		}
		catch (ProblemException e) {
			model.addAttribute("errors", FormErrors.of(e));
			return loginRequests(null, null, model);
		}
	}

	@GetMapping("/self-registrations")
	String selfRegistrations(@RequestParam(required = false) @Nullable String after, Model model) {
		model.addAttribute("section", "login-requests");
		model.addAttribute("attempts", registration.attempts(PageRequest.of(50, after)));
		return "portal/self-registrations";
	}

	private String portalPage(Model model, String view) {
		model.addAttribute("companyName", settings.get().companyName());
		model.addAttribute("portalUser", null);
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.none());
		}
		return view;
	}
}
