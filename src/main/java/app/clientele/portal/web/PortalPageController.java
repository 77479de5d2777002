package app.clientele.portal.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import app.clientele.platform.FormErrors;
import app.clientele.platform.ProblemException;
import app.clientele.platform.TooManyAttempts;
import app.clientele.portal.PortalClock;
import app.clientele.portal.PortalFigures;
import app.clientele.portal.PortalGate;
import app.clientele.portal.PortalOverview;
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
import org.springframework.beans.factory.ObjectProvider;
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
	private final ObjectProvider<PortalOverview> overviews;
	private final PortalClock clock;

	PortalPageController(PortalSignIn signIn, PortalPasswords passwords, PortalSessions sessions, PortalGate gate,
			SettingsManagement settings, PortalPages pages, ObjectProvider<PortalOverview> overviews, PortalClock clock) {
		this.signIn = signIn;
		this.passwords = passwords;
		this.sessions = sessions;
		this.gate = gate;
		this.settings = settings;
		this.pages = pages;
		this.overviews = overviews;
		this.clock = clock;
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
		PortalOverview overview = overviews.getIfAvailable();
		PortalFigures figures = overview == null ? PortalFigures.NONE : overview.figures(user);
		List<PortalModule> modules = PortalModule.of(user, figures);
		model.addAttribute("user", user);
		model.addAttribute("figures", figures);
		model.addAttribute("modules", modules);
		model.addAttribute("showInvoices", modules.stream().anyMatch(m -> m.permission() == PortalPermission.INVOICES));
		model.addAttribute("today", LocalDate.ofInstant(clock.now(), ZoneOffset.UTC));
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

}
