package app.clientele;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.clientele.Browser.Window;
import org.openqa.selenium.Keys;

/**
 * What every page must give a person who cannot see it well, uses only a keyboard or holds a
 * phone, checked in the real browser on the page it shows now: each field has a label, every
 * control is reached with Tab and shows where the focus is, and nothing sticks out sideways at
 * 375 px.
 */
public final class Accessibility {

	/** A short, recognisable name of an element for failure messages. */
	private static final String DESCRIBE = """
			const describe = (el) => {
			  let text = el.tagName.toLowerCase();
			  if (el.id) text += '#' + el.id;
			  if (el.name) text += '[name=' + el.name + ']';
			  if (el.getAttribute('type')) text += '[type=' + el.getAttribute('type') + ']';
			  const label = el.labels && el.labels.length ? el.labels[0].innerText : '';
			  const value = el.type === 'password' ? '' : el.value;
			  const words = (label || el.innerText || value || el.getAttribute('href') || '').trim().replace(/\\s+/g, ' ');
			  return words ? text + ' "' + words.substring(0, 40) + '"' : text;
			};
			""";

	private static final String UNLABELLED = DESCRIBE + """
			const ignored = ['hidden', 'submit', 'button', 'reset', 'image'];
			const named = (ids) => (ids || '').split(/\\s+/).some(id => {
			  const target = id && document.getElementById(id);
			  return target && target.textContent.trim() !== '';
			});
			return [...document.querySelectorAll('input, select, textarea')]
			  .filter(el => !(el.tagName === 'INPUT' && ignored.includes((el.getAttribute('type') || '').toLowerCase())))
			  .filter(el => {
			    const byLabel = [...(el.labels || [])].some(l => l.textContent.trim() !== '');
			    const byAria = (el.getAttribute('aria-label') || '').trim() !== '' || named(el.getAttribute('aria-labelledby'));
			    return !byLabel && !byAria;
			  })
			  .map(describe);
			""";

	private static final String TABBABLE = DESCRIBE + """
			const selector = 'a[href], button, input, select, textarea, details > summary, [tabindex]';
			// An open modal dialog makes the rest of the page inert: Tab stays inside it.
			const root = document.querySelector('dialog:modal') || document;
			const control = (el) => el.matches(selector) && el.tabIndex >= 0 && !el.disabled
			  && !(el.tagName === 'INPUT' && el.type === 'hidden');
			// Chromium also stops at a box that scrolls and holds no control, so that a keyboard can scroll it.
			const scroller = (el) => {
			  const style = getComputedStyle(el);
			  const scrolls = (/auto|scroll/.test(style.overflowX) && el.scrollWidth > el.clientWidth)
			    || (/auto|scroll/.test(style.overflowY) && el.scrollHeight > el.clientHeight);
			  return scrolls && ![...el.querySelectorAll(selector)].some(control);
			};
			return [...root.querySelectorAll('*')]
			  .filter(el => control(el) || (!el.matches(selector) && scroller(el)))
			  .filter(el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
			  // A closed <details> shows its summary only; what it folds takes no Tab.
			  .filter(el => {
			    const closed = el.closest('details:not([open])');
			    return !closed || (el.matches('summary') && el.parentElement === closed);
			  })
			  .filter(el => {
			    // Tab stops once in a group of radio buttons: on the checked one, or else the first.
			    if (el.type !== 'radio' || !el.name) return true;
			    const group = [...(el.form || document).querySelectorAll('input[type=radio]')].filter(r => r.name === el.name);
			    return el === (group.find(r => r.checked) || group[0]);
			  })
			  .map(el => ({el: el, element: describe(el)}));
			""";

	/**
	 * Records every element the focus lands on, as it lands: whether it shows a focus style (an
	 * outline or a box shadow) whose colour stands out from the background around it by 3:1 at
	 * least (WCAG's contrast for focus indicators) and, once scrolled into view as the browser
	 * does, whether it is on screen at all.
	 */
	private static final String RECORD_FOCUS = DESCRIBE + """
			const rgba = (text) => {
			  const m = (text || '').match(/rgba?\\(([\\d.]+),\\s*([\\d.]+),\\s*([\\d.]+)(?:,\\s*([\\d.]+))?\\)/);
			  return m ? {r: +m[1], g: +m[2], b: +m[3], a: m[4] === undefined ? 1 : +m[4]} : null;
			};
			const luminance = (c) => {
			  const lin = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
			  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
			};
			const contrast = (a, b) => {
			  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
			  return (hi + 0.05) / (lo + 0.05);
			};
			const backgroundAround = (el) => {
			  for (let e = el.parentElement; e; e = e.parentElement) {
			    const c = rgba(getComputedStyle(e).backgroundColor);
			    if (c && c.a > 0) return c;
			  }
			  return {r: 255, g: 255, b: 255, a: 1};
			};
			window.clienteleFocusBefore = {el: document.activeElement, x: window.scrollX, y: window.scrollY};
			window.clienteleFocusWalk = [];
			window.clienteleFocusRecorder = (event) => {
			  const el = event.target;
			  el.scrollIntoView({block: 'nearest', inline: 'nearest'});
			  const style = getComputedStyle(el);
			  const colours = [];
			  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) colours.push(rgba(style.outlineColor));
			  if (style.boxShadow !== 'none') colours.push(rgba(style.boxShadow));
			  const around = backgroundAround(el);
			  const best = Math.max(0, ...colours.filter(c => c && c.a > 0).map(c => contrast(c, around)));
			  const box = el.getBoundingClientRect();
			  const onScreen = box.right > 0 && box.bottom > 0 && box.left < window.innerWidth && box.top < window.innerHeight;
			  window.clienteleFocusWalk.push({el: el, element: describe(el), styled: colours.length > 0,
			    contrast: Math.round(best * 10) / 10, onScreen: onScreen});
			};
			document.addEventListener('focusin', window.clienteleFocusRecorder, true);
			// Tab from the top of the page: focus a stand-in there and take it away again, so the
			// browser's "where Tab goes on from" point is the start of the body.
			const start = document.createElement('span');
			start.tabIndex = -1;
			(document.querySelector('dialog:modal') || document.body).prepend(start);
			start.focus({preventScroll: true});
			window.clienteleFocusWalk = [];
			start.remove();
			window.scrollTo(0, 0);
			""";

	/** Answers the walk and leaves the page as it was: the focus where it was, scrolled as it was. */
	private static final String RECORDED_FOCUS = """
			document.removeEventListener('focusin', window.clienteleFocusRecorder, true);
			const before = window.clienteleFocusBefore;
			if (before.el && before.el !== document.body && before.el.isConnected) {
			  before.el.focus({preventScroll: true});
			} else if (document.activeElement) {
			  document.activeElement.blur();
			}
			window.scrollTo(before.x, before.y);
			return window.clienteleFocusWalk;
			""";

	private final Browser browser;

	private Accessibility(Browser browser) {
		this.browser = browser;
	}

	public static Accessibility of(Browser browser) {
		return new Accessibility(browser);
	}

	/**
	 * All checks on the page shown now: labels, keyboard and focus at the current size, then the
	 * same page at phone width (labels, keyboard and focus again, and no sideways overflow), and
	 * no console errors. The window is back at its size afterwards.
	 */
	public static void assertAccessible(Browser browser) {
		of(browser).assertFieldsHaveLabels().assertKeyboardReachesEverythingWithVisibleFocus().assertFitsAPhone();
		browser.assertNoConsoleErrors();
	}

	/** Every input, select and textarea a person fills in has a label that says what it is. */
	public Accessibility assertFieldsHaveLabels() {
		List<String> unlabelled = browser.script(UNLABELLED);
		assertThat(unlabelled).as("fields without a label on %s", browser.path()).isEmpty();
		return this;
	}

	/**
	 * Tabs through the page from its top: every control that can take the focus gets it, in the
	 * page's order, and each one, while focused, is on screen and shows a focus style (an outline
	 * or a box shadow) of at least 3:1 contrast to the background around it.
	 */
	public Accessibility assertKeyboardReachesEverythingWithVisibleFocus() {
		List<Map<String, Object>> tabbable = browser.script(TABBABLE);
		browser.script(RECORD_FOCUS);
		// One Tab more than there are controls: a stop nobody planned shows up as a control missed.
		// Some controls take several Tabs without the focus leaving them (a date field steps through
		// its day, month and year), so Tab goes on until the focus has moved that often, or gets stuck.
		int wanted = tabbable.size() + 1;
		for (int round = 0; round < 4; round++) {
			int missing = wanted - browser.<Number>script("return window.clienteleFocusWalk.length;").intValue();
			if (missing <= 0) {
				break;
			}
			CharSequence[] tabs = new CharSequence[missing];
			Arrays.fill(tabs, Keys.TAB);
			browser.press(tabs);
		}
		List<Map<String, Object>> walk = browser.script(RECORDED_FOCUS);
		Set<String> invisible = new LinkedHashSet<>();
		for (Map<String, Object> focused : walk) {
			String element = (String) focused.get("element");
			if (!Boolean.TRUE.equals(focused.get("onScreen"))) {
				invisible.add(element + " is off screen");
			}
			else if (!Boolean.TRUE.equals(focused.get("styled"))) {
				invisible.add(element + " has no focus style");
			}
			else if (((Number) focused.get("contrast")).doubleValue() < 3) {
				invisible.add(element + " has a focus style of too little contrast (" + focused.get("contrast") + ":1)");
			}
		}
		assertThat(invisible).as("focused elements a person cannot see on %s", browser.path()).isEmpty();
		assertThat(walk.stream().limit(tabbable.size()).map(f -> f.get("element")).toList())
				.as("the order Tab takes through %s, which must be the page's order", browser.path())
				.containsExactlyElementsOf(tabbable.stream().map(t -> t.get("element")).toList());
		assertThat(walk.stream().limit(tabbable.size()).map(f -> f.get("el")).toList())
				.as("the same, element by element").containsExactlyElementsOf(tabbable.stream().map(t -> t.get("el")).toList());
		return this;
	}

	/** The page does not scroll sideways at the width of the window now. */
	public Accessibility assertNoHorizontalOverflow() {
		Map<String, Object> widths = browser.script(
				"return {page: document.documentElement.scrollWidth, window: window.innerWidth};");
		long page = ((Number) widths.get("page")).longValue();
		long window = ((Number) widths.get("window")).longValue();
		assertThat(page).as(() -> "page width at a %d px wide window on %s (wider elements: %s)".formatted(window,
				browser.path(), widerThanTheWindow())).isLessThanOrEqualTo(window + 1);
		return this;
	}

	/**
	 * At 375 px (a phone) the page neither overflows sideways nor loses its labels or focus
	 * styles. The window is back at its size afterwards.
	 */
	public Accessibility assertFitsAPhone() {
		Window before = browser.window();
		browser.resize(Window.PHONE);
		try {
			assertThat(browser.<String>script("const m = document.querySelector('meta[name=viewport]'); return m && m.content;"))
					.as("<meta name=viewport> of %s, without which a phone lays the page out 980 px wide", browser.path())
					.contains("width=device-width");
			assertNoHorizontalOverflow().assertFieldsHaveLabels().assertKeyboardReachesEverythingWithVisibleFocus();
		}
		finally {
			browser.resize(before);
		}
		return this;
	}

	private List<String> widerThanTheWindow() {
		return browser.script(DESCRIBE + """
				return [...document.body.querySelectorAll('*')]
				  .filter(el => el.getBoundingClientRect().right > window.innerWidth + 1)
				  .filter(el => !el.parentElement || el.parentElement.getBoundingClientRect().right <= window.innerWidth + 1)
				  .slice(0, 5).map(describe);
				""");
	}
}
