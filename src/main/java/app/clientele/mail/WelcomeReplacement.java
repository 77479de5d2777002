package app.clientele.mail;

public interface WelcomeReplacement { boolean replacesWelcome(app.clientele.contacts.ContactCreated event); }
