package app.clientele;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import app.clientele.Browser.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The browser checks catch what they are there to catch: each runs on a small page that has
 * the fault and on one that does not. No application needed; the pages are data: URLs.
 */
@BrowserTest
class AccessibilityBrowserTests {

	static Browser browser;

	@BeforeAll
	static void start() {
		browser = Browser.start("about:blank", Window.DESKTOP);
	}

	@AfterAll
	static void stop() {
		browser.close();
	}

	@Test
	void findsAFieldWithoutALabel() {
		show("""
				<label for="a">A</label><input id="a">
				<label>B <input name="b"></label>
				<input aria-label="C"> <span id="d-name">D</span><input aria-labelledby="d-name">
				<input type="hidden" name="e"><input type="submit" value="Go">
				""");
		assertThatCode(() -> Accessibility.of(browser).assertFieldsHaveLabels()).doesNotThrowAnyException();

		show("<label for='a'>A</label><input id='a'> <select name='unnamed'><option>1</option></select>");
		assertThatThrownBy(() -> Accessibility.of(browser).assertFieldsHaveLabels())
				.isInstanceOf(AssertionError.class).hasMessageContaining("select[name=unnamed]");
	}

	@Test
	void findsAPageWiderThanAPhone() {
		show("<p>Fits.</p>");
		assertThatCode(() -> Accessibility.of(browser).assertFitsAPhone()).doesNotThrowAnyException();

		show("<table><tr><td>Fits.</td><td><pre id='wide'>" + "x".repeat(120) + "</pre></td></tr></table>");
		assertThatThrownBy(() -> Accessibility.of(browser).assertFitsAPhone())
				.isInstanceOf(AssertionError.class).hasMessageContaining("page width at a 375 px wide window");
		assertThatCode(() -> Accessibility.of(browser).assertNoHorizontalOverflow()).doesNotThrowAnyException();
	}

	@Test
	void findsAFocusNobodyCanSee() {
		show("<a href='#one'>One</a> <button>Two</button> <input aria-label='Three'>"
				+ "<label><input type='radio' name='size' value='s'> S</label><label><input type='radio' name='size' value='m' checked> M</label>");
		assertThatCode(() -> Accessibility.of(browser).assertKeyboardReachesEverythingWithVisibleFocus())
				.doesNotThrowAnyException();

		show("<style>button:focus { outline: none; }</style><a href='#one'>One</a> <button>Hidden focus</button>");
		assertThatThrownBy(() -> Accessibility.of(browser).assertKeyboardReachesEverythingWithVisibleFocus())
				.isInstanceOf(AssertionError.class).hasMessageContaining("\"Hidden focus\" has no focus style");

		show("<style>button:focus-visible { outline: 3px solid #ffd000; }</style><a href='#one'>One</a> <button>Pale</button>");
		assertThatThrownBy(() -> Accessibility.of(browser).assertKeyboardReachesEverythingWithVisibleFocus())
				.isInstanceOf(AssertionError.class).hasMessageContaining("\"Pale\" has a focus style of too little contrast");

		show("<style>.away { position: absolute; left: -999px; }</style><a href='#one'>One</a> <a class='away' href='#two'>Away</a>");
		assertThatThrownBy(() -> Accessibility.of(browser).assertKeyboardReachesEverythingWithVisibleFocus())
				.isInstanceOf(AssertionError.class).hasMessageContaining("\"Away\" is off screen");
	}

	@Test
	void walksDateFieldsScrollingBoxesAndModalDialogsAsTheBrowserDoes() {
		show("<label>Day <input type='date' id='day'></label> <button>After the date</button>"
				+ "<div style='overflow-x:auto; width:100px'><pre>" + "x".repeat(60) + "</pre></div><button>Last</button>");
		assertThatCode(() -> Accessibility.of(browser).assertKeyboardReachesEverythingWithVisibleFocus())
				.doesNotThrowAnyException();

		show("<button>Behind</button><dialog id='d'><label>Inside <input id='in'></label><button>Close</button></dialog>"
				+ "<script>document.getElementById('d').showModal();</script>");
		assertThatCode(() -> Accessibility.of(browser).assertKeyboardReachesEverythingWithVisibleFocus())
				.doesNotThrowAnyException();

		show("<style>pre:focus-visible { outline: none; }</style><button>Before</button>"
				+ "<pre style='overflow-x:auto; width:100px'>" + "x".repeat(60) + "</pre>");
		assertThatThrownBy(() -> Accessibility.of(browser).assertKeyboardReachesEverythingWithVisibleFocus())
				.isInstanceOf(AssertionError.class).hasMessageContaining("pre \"" + "x".repeat(40));
	}

	@Test
	void findsConsoleErrors() {
		show("<p>Quiet.</p>");
		assertThatCode(() -> browser.assertNoConsoleErrors()).doesNotThrowAnyException();

		show("<script>console.error('something broke');</script>");
		assertThatThrownBy(() -> browser.assertNoConsoleErrors())
				.isInstanceOf(AssertionError.class).hasMessageContaining("something broke");
	}

	private static void show(String body) {
		browser.forgetConsoleLog().open("data:text/html;charset=utf-8," + URLEncoder.encode(
				"<!DOCTYPE html><html lang='en'><head><meta name='viewport' content='width=device-width, initial-scale=1'>"
						+ "<title>Check</title></head><body>" + body + "</body></html>",
				StandardCharsets.UTF_8).replace("+", "%20"));
	}
}
