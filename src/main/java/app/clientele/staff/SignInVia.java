package app.clientele.staff;

/** Where a staff member signed in: the console's form, or the API's token exchange. */
public enum SignInVia { CONSOLE, API_TOKEN }
