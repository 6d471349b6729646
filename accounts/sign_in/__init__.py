"""Signing in on the public site: members' sign-in and sign-out, password reset and change, and
the lockout that guards every password the hub asks for (accounts, a page's or a collection's
shared password, a two-factor code)."""
