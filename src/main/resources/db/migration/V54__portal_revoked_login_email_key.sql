-- Requests a person makes themselves (forgot password, login request, self-registration) look up
-- revoked logins by the canonical email to put the refused attempt on their timeline.
CREATE INDEX portal_access_revoked_login_email_key ON portal_access (login_email_key) WHERE status = 'REVOKED';
