package app.clientele.portal.web;

import app.clientele.platform.FormErrors;
import app.clientele.platform.ProblemException;
import app.clientele.platform.TooManyAttempts;
import app.clientele.portal.PortalGate;
import app.clientele.portal.PortalPasswords;
import app.clientele.portal.PortalPrincipal;
import app.clientele.portal.PortalSessions;
import app.clientele.portal.PortalSignIn;
import app.clientele.portal.PortalUser;
import app.clientele.staff.InvalidCredentials;
import app.clientele.staff.PortalPermission;
import app.clientele.staff.SettingsManagement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's pages: signing in and out, a forgotten password, home and profile. The pages a
 * link opens are {@link PortalLinkPageController}'s.
 */
@Controller
class PortalPageController {

	private final PortalSignIn signIn;
	private final PortalPasswords passwords;
	private final PortalSessions sessions;
	private final PortalGate gate;
	private final SettingsManagement settings;
	private final PortalPages pages;

	PortalPageController(PortalSignIn signIn, PortalPasswords passwords, PortalSessions sessions, PortalGate gate,
			SettingsManagement settings, PortalPages pages) {
		this.signIn = signIn;
		this.passwords = passwords;
		this.sessions = sessions;
		this.gate = gate;
		this.settings = settings;
		this.pages = pages;
	}

	@GetMapping("/portal/login")
	String login(Model model) {
		if (gate.find() != null) {
			return "redirect:/portal/";
		}
		model.addAttribute("requestLogin", settings.get().requestLoginEnabled());
		return page(model, "portal/login");
	}

	@PostMapping("/portal/login")
	String login(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		try {
			PortalPrincipal principal = signIn.signIn(email, password, request.getRemoteAddr());
			sessions.start(principal, request, response);
			return "redirect:/portal/";
		}
		catch (InvalidCredentials | TooManyAttempts e) {
			model.addAttribute("error", e.detail());
			model.addAttribute("email", email);
			model.addAttribute("requestLogin", settings.get().requestLoginEnabled());
			response.setStatus(e.status().value());
			if (e instanceof TooManyAttempts t) {
				response.setHeader("Retry-After", Long.toString(Math.max(1, t.retryAfter().toSeconds())));
			}
			return page(model, "portal/login");
		}
	}

	@PostMapping("/portal/logout")
	String logout(HttpServletRequest request) {
		sessions.end(request);
		return "redirect:/portal/login?signedOut";
	}

	@GetMapping("/portal/forgot")
	String forgot(Model model) {
		return page(model, "portal/forgot");
	}

	@PostMapping("/portal/forgot")
	String forgot(@RequestParam(defaultValue = "") String email, HttpServletRequest request, Model model) {
		passwords.requestReset(email, request.getRemoteAddr());
		model.addAttribute("sent", true);
		return page(model, "portal/forgot");
	}

	@GetMapping({ "/portal", "/portal/" })
	String home(Model model) {
		PortalUser user = gate.current();
		model.addAttribute("user", user);
		model.addAttribute("modules", PortalModules.of(user));
		return page(model, "portal/home");
	}

	@GetMapping("/portal/profile")
	String profile(Model model) {
		model.addAttribute("user", gate.current());
		return page(model, "portal/profile");
	}

	@PostMapping("/portal/profile/password")
	String changePassword(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		PortalUser user = gate.requireWritable();
		try {
			PortalPrincipal renewed = passwords.changePassword(user, currentPassword, newPassword);
			sessions.start(renewed, request, response);
			return "redirect:/portal/profile?passwordChanged";
		}
		catch (ProblemException e) {
			model.addAttribute("user", user);
			model.addAttribute("errors", FormErrors.of(e));
			return page(model, "portal/profile");
		}
	}

	private String page(Model model, String view) {
		return pages.page(model, view);
	}

	/** The modules of the portal home, in order, with what they show. */
	record PortalModules(PortalPermission permission, String title, String description) {

		static java.util.List<PortalModules> of(PortalUser user) {
			return java.util.stream.Stream.of(
					new PortalModules(PortalPermission.INVOICES, "Invoices", "Invoices and credit notes"),
					new PortalModules(PortalPermission.ESTIMATES, "Estimates", "Estimates waiting for you"),
					new PortalModules(PortalPermission.CONTRACTS, "Contracts", "Your contracts"),
					new PortalModules(PortalPermission.PROPOSALS, "Proposals", "Proposals we sent you"),
					new PortalModules(PortalPermission.SUPPORT, "Support", "Your tickets"),
					new PortalModules(PortalPermission.PROJECTS, "Projects", "Projects and their tasks"))
					.filter(m -> user.may(m.permission())).toList();
		}
	}
}
