package app.clientele.portal.web;


import app.clientele.platform.FormErrors;
import app.clientele.platform.ProblemException;
import app.clientele.platform.TooManyAttempts;
import app.clientele.portal.InvalidToken;
import app.clientele.portal.PortalGate;
import app.clientele.portal.PortalImpersonation;
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
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's pages. Link pages take the token from the address once, keep it in the session
 * and redirect, so the token leaves the address bar (and never reaches a referrer or history);
 * opening a link only looks at it, setting the password uses it.
 */
@Controller
class PortalPageController {

	static final String LINK_TOKEN = "clientele.portal.link-token";

	private final PortalSignIn signIn;
	private final PortalPasswords passwords;
	private final PortalImpersonation impersonation;
	private final PortalSessions sessions;
	private final PortalGate gate;
	private final SettingsManagement settings;

	PortalPageController(PortalSignIn signIn, PortalPasswords passwords, PortalImpersonation impersonation,
			PortalSessions sessions, PortalGate gate, SettingsManagement settings) {
		this.signIn = signIn;
		this.passwords = passwords;
		this.impersonation = impersonation;
		this.sessions = sessions;
		this.gate = gate;
		this.settings = settings;
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

	@GetMapping("/portal/activate")
	String openActivation(@RequestParam(required = false) @Nullable String token, HttpServletRequest request, Model model) {
		return linkPage(token, true, request, model, "portal/activate", "/portal/activate");
	}

	@PostMapping("/portal/activate")
	String activate(@RequestParam(defaultValue = "") String password, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		String token = heldToken(request);
		try {
			passwords.activate(token, password);
			forgetToken(request);
			return "redirect:/portal/login?activated";
		}
		catch (InvalidToken e) {
			forgetToken(request);
			return page(model, "portal/link-invalid");
		}
		catch (ProblemException e) {
			model.addAttribute("errors", FormErrors.of(e));
			return page(model, "portal/activate");
		}
	}

	@GetMapping("/portal/reset")
	String openReset(@RequestParam(required = false) @Nullable String token, HttpServletRequest request, Model model) {
		return linkPage(token, false, request, model, "portal/reset", "/portal/reset");
	}

	@PostMapping("/portal/reset")
	String confirmReset(@RequestParam(defaultValue = "") String password, HttpServletRequest request, Model model) {
		try {
			passwords.confirmReset(heldToken(request), password);
			forgetToken(request);
			return "redirect:/portal/login?passwordChanged";
		}
		catch (InvalidToken e) {
			forgetToken(request);
			return page(model, "portal/link-invalid");
		}
		catch (ProblemException e) {
			model.addAttribute("errors", FormErrors.of(e));
			return page(model, "portal/reset");
		}
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

	@GetMapping("/portal/impersonate")
	String impersonate(@RequestParam(required = false) @Nullable String token, HttpServletRequest request, Model model) {
		if (token != null) {
			if (!impersonation.linkValid(token)) {
				return page(model, "portal/link-invalid");
			}
			request.getSession(true).setAttribute(LINK_TOKEN, token);
			return "redirect:/portal/impersonate";
		}
		return request.getSession(false) != null && request.getSession(false).getAttribute(LINK_TOKEN) != null
				? page(model, "portal/impersonate") : page(model, "portal/link-invalid");
	}

	@PostMapping("/portal/impersonate")
	String impersonate(HttpServletRequest request, HttpServletResponse response, Model model) {
		try {
			PortalPrincipal principal = impersonation.impersonate(heldToken(request));
			forgetToken(request);
			sessions.start(principal, request, response);
			return "redirect:/portal/";
		}
		catch (InvalidToken e) {
			forgetToken(request);
			return page(model, "portal/link-invalid");
		}
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

	private String linkPage(@Nullable String token, boolean activation, HttpServletRequest request, Model model,
			String view, String path) {
		if (token != null) {
			if (!passwords.linkValid(token, activation)) {
				forgetToken(request);
				return page(model, "portal/link-invalid");
			}
			request.getSession(true).setAttribute(LINK_TOKEN, token);
			return "redirect:" + path;
		}
		HttpSession session = request.getSession(false);
		String held = session == null ? null : (String) session.getAttribute(LINK_TOKEN);
		if (held == null || !passwords.linkValid(held, activation)) {
			return page(model, "portal/link-invalid");
		}
		return page(model, view);
	}

	private static String heldToken(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Object token = session == null ? null : session.getAttribute(LINK_TOKEN);
		if (token == null) {
			throw new InvalidToken();
		}
		return (String) token;
	}

	private static void forgetToken(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(LINK_TOKEN);
		}
	}

	private String page(Model model, String view) {
		model.addAttribute("companyName", settings.get().companyName());
		model.addAttribute("portalUser", gate.find());
		model.addAttribute("minLength", app.clientele.platform.PasswordPolicy.MIN_LENGTH);
		model.addAttribute("suggestedLength", app.clientele.platform.PasswordPolicy.SUGGESTED_LENGTH);
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.none());
		}
		return view;
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
