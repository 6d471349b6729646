"""Two-factor authentication for staff in the admin (django-otp: an authenticator app, with
single-use backup codes).

Site administrators, the comms team and superusers must use it: after signing in with their
password, the admin sends them to set up an authenticator app, and, once they have one, asks
for a code before any admin page. Lab leads may turn it on from their account page; once they
have, they are asked for a code too.
"""
