package app.clientele.staff;

/** The settings were changed: before and after. */
public record SettingsChanged(Settings before, Settings after) {
}
